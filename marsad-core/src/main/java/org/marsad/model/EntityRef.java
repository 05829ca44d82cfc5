package org.marsad.model;

/** A reference to an entity by id (may be null) with the text that names it. */
public record EntityRef(String entity, String text) {}
