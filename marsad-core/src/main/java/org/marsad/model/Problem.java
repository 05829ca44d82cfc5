package org.marsad.model;

/** A non-fatal problem found while reading or analyzing a document (e.g. invalid bytes). */
public record Problem(String message) {}
