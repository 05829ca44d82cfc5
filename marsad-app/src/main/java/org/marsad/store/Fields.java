package org.marsad.store;

/** Names of the Lucene fields of a store. One place, so that writer and readers agree. */
final class Fields {
  /** {@code doc} for an article, {@code event} for one of its events. */
  static final String KIND = "kind";
  static final String KIND_DOC = "doc";
  static final String KIND_EVENT = "event";

  /** The document id; on event entries, the id of the document they belong to. */
  static final String ID = "id";
  /** Ids of exact duplicates folded into this document. */
  static final String ALT_ID = "alt_id";
  /**
   * Body terms: stems, {@code =}exact folded surface forms at the same positions, and
   * {@link #ENTITY_TERM} + entity key at each mention. Indexed with offsets; stored.
   */
  static final String TEXT = "text";
  static final String TITLE = "title";
  static final String URL = "url";
  static final String PUBLISHED = "published";
  /** Publication (or event) day as epoch day: point + doc values. */
  static final String DAY = "day";
  /** Outlets (several for exact duplicates). */
  static final String OUTLET = "outlet";
  /** Stored sources of a document: {@code outlet \t url \t id} per source. */
  static final String SOURCES = "sources";
  static final String ENTITY = "entity";
  /** {@code alias \u001f key}: query-time lookup of entity keys from a name. */
  static final String ALIAS_TO_KEY = "alias_key";
  /** {@code key \u001f alias}: an entity's aliases. */
  static final String KEY_TO_ALIAS = "key_alias";
  /** {@code key  canonical name}: display label of an entity. */
  static final String ENTITY_LABEL = "entity_label";
  /** {@code key  mention text}: how documents spell an entity. */
  static final String ENTITY_SURFACE = "entity_surface";
  static final String CAMEO = "cameo";
  static final String CAMEO_ROOT = "cameo_root";
  static final String PLOVER = "plover";
  static final String LOCATION = "location";
  static final String CLUSTER = "cluster";
  static final String TEXT_HASH = "text_hash";
  static final String MINHASH = "minhash";
  static final String JSON = "json";
  static final String EVENT_SOURCE = "ev_source";
  static final String EVENT_TARGET = "ev_target";

  static final char SEP = '\u001f';
  /** Prefix of entity terms in {@link #TEXT}. */
  static final String ENTITY_TERM = "\u0001";
  /** Prefix of exact (unstemmed) terms in {@link #TEXT}. */
  static final String EXACT_TERM = "=";

  private Fields() {}
}
