package org.marsad.model;

import java.util.List;

/**
 * An immutable token list that builds its {@link Token} records on access. {@link Document} keeps
 * such a list as it is instead of copying it, so large texts stay compact.
 */
public interface LazyTokenList extends List<Token> {}
