package org.marsad.model;

/** An event's source or target: a linked entity, or a nominal group with a sector code. */
public record EventArgument(String entity, String text, String actor) {}
