#!/usr/bin/env bash
# Rebuilds the shipped NER artifacts from ../shared/data and reports their quality:
#   marsad-core/src/main/resources/org/marsad/ner/clusters.tsv.gz   (word clusters, SaudiNewsNet)
#   marsad-core/src/main/resources/org/marsad/ner/ner-model.bin     (the tagger)
# The gazetteer features use the shipped knowledge base (org/marsad/kb) and lexicon.tsv. The
# train/eval-only lists of $DATA_DIR/gazetteers (ANERGazet, GATE, ANETAC) are read only by the
# teachers that induce the label prior (--teacher-gazetteers); the model holds none of them.
# Deterministic (seed 42), single-threaded.
# Usage: scripts/train-ner.sh [DATA_DIR]   (default: ../shared/data)
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data}"
res=marsad-core/src/main/resources/org/marsad/ner
java_opts=(-Xmx8g -XX:+UseSerialGC -XX:ActiveProcessorCount=1)

./mvnw -q -B -o -DskipTests -pl marsad-app -am package
cp="marsad-core/target/classes:marsad-app/target/marsad.jar"

# 100k word types, 2k context words, seed 42, +-2 word window
java "${java_opts[@]}" -cp "$cp" org.marsad.ner.train.ClusterLearner \
  "$data/corpus/saudinewsnet" "$res/clusters.tsv.gz" 100000 2000 42 2
./mvnw -q -B -o -pl marsad-core process-resources

# 5-fold CV on the training split picks the epoch count and the O penalty; the label prior is
# induced from the corpus by stacked first-stage models (teachers that also see the train-only
# gazetteers; each CV fold's prior comes from teachers that did not see that fold). The
# document-level second stage learns from the first stage's cross-validated labels; CV picks its
# window among --doc-windows. Self-training: the first stage also learns from 20,000 news
# sentences on which two teachers agree (each CV fold's from teachers that did not see it), at a
# step of 0.3 and without prior features (docs/ner.md, "Self-training"; --self-train 0: off).
time java "${java_opts[@]}" -cp "$cp" org.marsad.ner.train.NerTrainer \
  --train "$data/anercorp/train.txt" --corpus "$data/corpus/saudinewsnet" \
  --clusters "$res/clusters.tsv.gz" --out "$res/ner-model.bin" --seed 42 \
  --doc-windows 3,10,30 --teacher-gazetteers "$data/gazetteers" \
  --self-train 20000 --self-select agree --self-weight 0.3 --self-prior false
./mvnw -q -B -o -pl marsad-core process-resources

# The test split is read only here, for the final figure.
java "${java_opts[@]}" -cp "$cp" org.marsad.ner.eval.NerEvaluator --gold "$data/anercorp/test.txt"
# Out-of-domain check: the Wojood sample (all three files). Each token takes the outermost of its
# nested tags that is a PERS, ORG or place type (GPE/LOC/FAC read as LOC), so a name inside an
# occupation or event phrase (سكرتير اللجنة القومية العربية في نابلس) still counts; every other
# Wojood type is O (so MISC predictions count as false positives).
wojood=$(mktemp --suffix=.wojood.txt)
cat "$data"/wojood_sample/{train,val,test}.txt | awk 'NF == 0 { print; next }
  { m = ""; p = ""
    for (k = 2; k <= NF && m == ""; k++) { t = $k; p = substr(t, 1, 2); sub(/^[BI]-/, "", t)
      if (t == "PERS") m = "PERS"; else if (t == "GPE" || t == "LOC" || t == "FAC") m = "LOC"
      else if (t == "ORG") m = "ORG" }
    print $1, (m == "" ? "O" : p m) }' > "$wojood"
java "${java_opts[@]}" -cp "$cp" org.marsad.ner.eval.NerEvaluator --gold "$wojood"
rm -f "$wojood"
java "${java_opts[@]}" -cp "$cp" org.marsad.bench.BenchReport \
  --train "$data/anercorp/train.txt" --test "$data/anercorp/test.txt"
