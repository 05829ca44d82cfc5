package org.marsad.kb;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.MentionKind;

/**
 * A trie over words: each edge is one folded word, each node may end phrases. Built once at load,
 * then read-only and thread-safe.
 */
final class PhraseTrie {
  /** What a phrase names: a KB entry, or (for titles) whoever holds a role. */
  record Target(KbEntry entry, KbLoader.TitleDef title, MentionKind kind, String[] words) {}

  static final class Node {
    Map<String, Node> next;
    List<Target> targets;

    Node child(String w) {
      return next == null ? null : next.get(w);
    }
  }

  final Node root = new Node();
  private int depth;
  private final java.util.Set<String> edgeWords = new java.util.HashSet<>();

  /** Whether {@code w} labels some edge of the trie. */
  boolean hasWord(String w) {
    return edgeWords.contains(w);
  }

  /** The number of words of the longest phrase. */
  int depth() {
    return depth;
  }

  /** Adds a phrase; returns the targets it already had (for collision warnings). */
  List<Target> add(String[] words, Target t) {
    Node n = root;
    depth = Math.max(depth, words.length);
    for (String w : words) {
      edgeWords.add(w);
      if (n.next == null) {
        n.next = new HashMap<>(4);
      }
      n = n.next.computeIfAbsent(w, k -> new Node());
    }
    List<Target> before = n.targets == null ? List.of() : List.copyOf(n.targets);
    if (n.targets == null) {
      n.targets = new ArrayList<>(1);
    }
    for (Target old : n.targets) {
      if (old.entry() == t.entry() && old.title() == t.title() && old.kind() == t.kind()) {
        return before;
      }
    }
    n.targets.add(t);
    return before;
  }

  /** Targets of exactly this phrase, or an empty list. */
  List<Target> get(String[] words) {
    Node n = root;
    for (String w : words) {
      n = n.child(w);
      if (n == null) {
        return List.of();
      }
    }
    return n.targets == null ? List.of() : n.targets;
  }
}
