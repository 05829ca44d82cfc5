package org.marsad.events;

/**
 * What one sentence tells the next ones, for reference across sentences: the last named speaker
 * (وأضافت “...” continues ميساء غانم's statement) and the last author of statements (استنكرت X
 * التصريحات: the statements of المالكي named before). The actors are those of earlier sentences:
 * only their identity and text are used. Per document; not shared.
 */
final class Discourse {
  Actor lastSpeaker;
  Actor lastAuthor;
}
