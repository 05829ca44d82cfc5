package org.marsad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.json.DocumentJson;
import org.marsad.model.Document;

class StoreTest {
  private static final String WIRE = "قال وزير الخارجية السعودي عادل الجبير اليوم في مؤتمر صحفي في الرياض"
      + " إن المملكة تدعم الحل السياسي في اليمن وتدعو جميع الأطراف إلى الالتزام بقرار مجلس الأمن"
      + " الدولي وأضاف أن التحالف سيواصل دعم الحكومة الشرعية حتى عودة الاستقرار إلى البلاد كلها.";

  @TempDir
  Path dir;

  @Test
  void addingTheSameIdTwiceStoresOneDocument() {
    try (Store s = Store.open(dir)) {
      Document d = Docs.doc("a1", "2015-07-21", "aawsat", WIRE);
      assertEquals(AddResult.Status.NEW, Docs.add(s, d).status());
      assertEquals(AddResult.Status.EXISTS, Docs.add(s, d).status());
      s.commit();
      s.refresh();
      assertEquals(1, s.documentCount());
    }
  }

  @Test
  void theStoredJsonComesBackUnchanged() {
    try (Store s = Store.open(dir)) {
      Document d = Docs.doc("a1", "2015-07-21", "aawsat", WIRE);
      Docs.add(s, d);
      s.refresh();
      assertEquals(DocumentJson.toJson(d, DocumentJson.Options.COMPACT), s.documentJson("a1").orElseThrow());
      assertTrue(s.documentJson("nope").isEmpty());
    }
  }

  @Test
  void theSameTextFromTwoOutletsIsOneDocumentWithTwoSources() {
    try (Store s = Store.open(dir)) {
      Docs.add(s, Docs.doc("a1", "2015-07-21", "aawsat", WIRE));
      AddResult r = Docs.add(s, Docs.doc("b1", "2015-07-22", "okaz", WIRE));
      assertEquals(AddResult.Status.DUPLICATE, r.status());
      assertEquals("a1", r.canonicalId());
      s.commit();
      s.refresh();
      assertEquals(1, s.documentCount());
      assertTrue(s.documentJson("b1").orElseThrow().contains("\"id\":\"a1\""));
      SearchResult res = new StoreSearch(s).search(SearchRequest.of("الجبير"));
      assertEquals(1, res.total());
      assertEquals(List.of("aawsat", "okaz"),
          res.hits().get(0).sources().stream().map(SourceRef::outlet).toList());
    }
  }

  @Test
  void aLightlyEditedWireStoryJoinsTheSameStoryCluster() {
    String edited = WIRE.replace("اليوم", "أمس").replace("كلها", "") + " وذلك بحسب وكالة الأنباء.";
    String other = "أعلنت وزارة الصحة تسجيل حالات جديدة من فيروس كورونا في المنطقة الشرقية وقالت إن"
        + " المرضى يتلقون العلاج في المستشفيات وإن الوزارة تتابع الوضع عن كثب مع الجهات المعنية.";
    try (Store s = Store.open(dir)) {
      AddResult a = Docs.add(s, Docs.doc("a1", "2015-07-21", "aawsat", WIRE));
      AddResult b = Docs.add(s, Docs.doc("b1", "2015-07-21", "okaz", edited));
      AddResult c = Docs.add(s, Docs.doc("c1", "2015-07-21", "okaz", other));
      assertEquals(AddResult.Status.NEW, b.status());
      assertEquals(a.cluster(), b.cluster());
      assertNotEquals(a.cluster(), c.cluster());
    }
  }

  @Test
  void reopeningAStoreRemembersWhatItHolds() {
    try (Store s = Store.open(dir)) {
      Docs.add(s, Docs.doc("a1", "2015-07-21", "aawsat", WIRE));
    }
    try (Store s = Store.open(dir)) {
      assertEquals(AddResult.Status.EXISTS, Docs.add(s, Docs.doc("a1", "2015-07-21", "aawsat", WIRE)).status());
      assertEquals(AddResult.Status.DUPLICATE, Docs.add(s, Docs.doc("z9", null, "okaz", WIRE)).status());
      s.commit();
      s.refresh();
      assertEquals(1, s.documentCount());
    }
  }

  @Test
  void aSecondWriterIsRefusedWithAMessageNamingTheStore() {
    try (Store s = Store.open(dir)) {
      StoreException e = assertThrows(StoreException.class, () -> Store.open(dir));
      assertTrue(e.getMessage().startsWith(dir.toString()), e.getMessage());
      assertTrue(e.getMessage().contains("open in another process"), e.getMessage());
    }
  }

  @Test
  void aReaderCanOpenTheStoreWhileItIsBeingWritten() {
    try (Store s = Store.open(dir)) {
      Docs.add(s, Docs.doc("a1", "2015-07-21", "aawsat", WIRE));
      s.commit();
      try (Store r = Store.openReadOnly(dir)) {
        assertEquals(1, r.documentCount());
      }
    }
  }

  @Test
  void readingAMissingStoreSaysHowToCreateOne() {
    StoreException e = assertThrows(StoreException.class, () -> Store.openReadOnly(dir.resolve("none")));
    assertTrue(e.getMessage().contains("no store here"), e.getMessage());
  }
}
