#!/usr/bin/env bash
# Rebuilds the shipped NER artifacts from ../shared/data and reports their quality:
#   marsad-core/src/main/resources/org/marsad/ner/clusters.tsv.gz   (word clusters, SaudiNewsNet)
#   marsad-core/src/main/resources/org/marsad/ner/ner-model.bin     (the tagger)
# The gazetteer features use the shipped knowledge base (org/marsad/kb) and lexicon.tsv.
# Deterministic (seed 42), single-threaded; about 3 minutes on one core.
# Usage: scripts/train-ner.sh [DATA_DIR]   (default: ../shared/data)
set -euo pipefail
cd "$(dirname "$0")/.."
data="${1:-../shared/data}"
res=marsad-core/src/main/resources/org/marsad/ner
java_opts=(-Xmx6g -XX:+UseSerialGC -XX:ActiveProcessorCount=1)

./mvnw -q -B -o -DskipTests -pl marsad-app -am package
cp="marsad-core/target/classes:marsad-app/target/marsad.jar"

# 100k word types, 2k context words, seed 42, +-2 word window
java "${java_opts[@]}" -cp "$cp" org.marsad.ner.train.ClusterLearner \
  "$data/corpus/saudinewsnet" "$res/clusters.tsv.gz" 100000 2000 42 2
./mvnw -q -B -o -pl marsad-core process-resources

# 5-fold CV on the training split picks the epoch count and the O penalty; the label prior is
# induced from the corpus by stacked first-stage models.
time java "${java_opts[@]}" -cp "$cp" org.marsad.ner.train.NerTrainer \
  --train "$data/anercorp/train.txt" --corpus "$data/corpus/saudinewsnet" \
  --clusters "$res/clusters.tsv.gz" --out "$res/ner-model.bin" --seed 42
./mvnw -q -B -o -pl marsad-core process-resources

# The test split is read only here, for the final figure.
java "${java_opts[@]}" -cp "$cp" org.marsad.ner.eval.NerEvaluator --gold "$data/anercorp/test.txt"
java "${java_opts[@]}" -cp "$cp" org.marsad.bench.BenchReport \
  --train "$data/anercorp/train.txt" --test "$data/anercorp/test.txt"
