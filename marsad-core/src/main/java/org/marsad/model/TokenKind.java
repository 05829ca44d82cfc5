package org.marsad.model;

/** Coarse class of a token, decided from its characters. */
public enum TokenKind {
  ARABIC,
  LATIN,
  NUMBER,
  PUNCT,
  URL,
  EMAIL,
  OTHER
}
