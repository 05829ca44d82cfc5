package org.marsad.ner.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.model.EntityType;
import org.marsad.ner.DocumentContext;
import org.marsad.ner.FeatureExtractor;
import org.marsad.ner.LabelPrior;
import org.marsad.ner.CliticSplitter;
import org.marsad.ner.LightSegmenter;
import org.marsad.ner.TokenizerSplitter;
import org.marsad.ner.Lexicon;
import org.marsad.ner.ModelFormatException;
import org.marsad.ner.NerModel;
import org.marsad.ner.Viterbi;
import org.marsad.ner.WordClusters;
import org.marsad.ner.eval.ConllCorpus;
import org.marsad.ner.eval.ConllFormatException;
import org.marsad.ner.eval.ConllReader;
import org.marsad.ner.eval.ConllSentence;
import org.marsad.ner.eval.Counts;
import org.marsad.ner.eval.NerScorer;

/**
 * {@code marsad train ner}: trains the averaged-perceptron tagger on a CoNLL file, choosing the
 * number of epochs by k-fold cross-validation on that file (contiguous folds, since ANERcorp
 * sentences of one article are adjacent), then trains on all of it and writes the model with
 * its provenance. Deterministic for a given input, configuration and seed. Single-threaded.
 */
public final class NerTrainer {
  /** Classpath location of the shipped word clusters. */
  public static final String CLUSTERS_RESOURCE = "/org/marsad/ner/clusters.tsv.gz";
  /** Classpath locations of the NER's own lexicon files (triggers, currencies, well-known names). */
  public static final List<String> LEXICON_RESOURCES = List.of("/org/marsad/ner/lexicon.tsv");
  /** Epochs of the first-stage models that induce the label prior. */
  static final int STAGE1_EPOCHS = 8;
  /** Version of the feature set and training code, recorded in every model. */
  public static final String CODE_VERSION = "ner-perceptron-4";

  /**
   * @param bits feature hash table size as a power of two
   * @param maxEpochs epochs tried in cross-validation
   * @param folds cross-validation folds; 1 skips cross-validation and trains {@code maxEpochs}
   * @param clusterTargets word types clustered when learning clusters from a corpus
   * @param priorTokens corpus tokens tagged to induce the label prior (0: no prior)
   * @param docWindows candidate windows (sentences on each side) of the document-level second
   *     stage, chosen by cross-validation (empty: no second stage; it needs {@code folds >= 2})
   * @param docLocal whether the second stage also sees the first-pass labels at -1..+1
   * @param shuffles perceptrons averaged per model, each visiting the sentences in its own order
   *     (1: a single averaged perceptron); every model the trainer learns, in cross-validation
   *     too, is such a mean
   */
  public record Config(int bits, int maxEpochs, int folds, int clusterTargets, int priorTokens,
      List<Integer> docWindows, boolean docLocal, int shuffles) {
    public static final Config DEFAULT =
        new Config(22, 12, 5, 100_000, 10_000_000, List.of(10), false, 1);
    /** The shipped model's: CV picks the second stage's window among 3, 10 and 30 sentences. */
    public static final Config RECIPE =
        new Config(22, 12, 5, 100_000, 10_000_000, List.of(3, 10, 30), false, 1);

    public Config {
      docWindows = List.copyOf(docWindows);
      if (maxEpochs < 1 || folds < 1 || shuffles < 1
          || docWindows.stream().anyMatch(w -> w < 1)) {
        throw new IllegalArgumentException(
            "maxEpochs, folds, shuffles and doc windows must be >= 1");
      }
    }

    /** A configuration with a single perceptron per model. */
    public Config(int bits, int maxEpochs, int folds, int clusterTargets, int priorTokens,
        List<Integer> docWindows, boolean docLocal) {
      this(bits, maxEpochs, folds, clusterTargets, priorTokens, docWindows, docLocal, 1);
    }

    /** A one-stage configuration with a single perceptron per model. */
    public Config(int bits, int maxEpochs, int folds, int clusterTargets, int priorTokens) {
      this(bits, maxEpochs, folds, clusterTargets, priorTokens, List.of(), false);
    }
  }

  private PerceptronTrainer learner() {
    return new PerceptronTrainer(config.bits(), config.shuffles());
  }

  private PerceptronTrainer teacherLearner() {
    return new PerceptronTrainer(config.bits(),
        teacherShuffles > 0 ? teacherShuffles : config.shuffles());
  }

  private final Config config;
  private CliticSplitter splitter = TokenizerSplitter.INSTANCE;
  private WordClusters clusters;
  private Lexicon lexicon;
  private List<String> teacherEntries = List.of();
  private SelfTraining.Config selfTraining = SelfTraining.Config.OFF;
  private final Map<String, List<SelfTraining.Pseudo>> pseudoLog = new LinkedHashMap<>();
  private String pseudoPool = "";
  private PriorInducer.Recipe priorRecipe = PriorInducer.Recipe.DEFAULT;
  private int teachers = 1;
  private int teacherShuffles = 0;
  private int teacherWindow = 0;
  private int selfRounds = 1;
  private boolean roundPrior = true;
  private boolean roundLabels = true;
  private int stage2News = 0;
  private float stage2Weight = 0.3f;
  private final Map<String, int[][][]> stage2Log = new LinkedHashMap<>();
  private NewsDocuments stage2Docs;

  public NerTrainer(Config config) {
    this.config = config;
  }

  /** Uses these clusters instead of the shipped ones (or those learned from a corpus). */
  public NerTrainer withClusters(WordClusters c) {
    this.clusters = c;
    return this;
  }

  /** Uses this clitic splitter for the stem and clitic features (default: the tokenizer's). */
  public NerTrainer withSplitter(CliticSplitter s) {
    this.splitter = s;
    return this;
  }

  /** Uses this lexicon instead of the shipped one. */
  public NerTrainer withLexicon(Lexicon l) {
    this.lexicon = l;
    return this;
  }

  /**
   * Gives the first-stage teachers that induce the label prior these extra lexicon entries
   * (classes of {@link Lexicon#TEACHER_CLASSES}, from {@link TeacherGazetteers}) on top of the
   * model's lexicon: knowledge distillation of train/eval-only lists into the prior, a per-word
   * statistic over corpus words. The model itself never holds nor uses them. No effect without a
   * corpus.
   */
  public NerTrainer withTeacherEntries(List<String> entries) {
    this.teacherEntries = List.copyOf(entries);
    return this;
  }

  /**
   * A trainer set up as the shipped model's recipe ({@code scripts/train-ner.sh}): second-stage
   * windows 3, 10 and 30; with a corpus, self-training as {@link SelfTraining.Config#RECIPE};
   * with {@code teacherGazetteers}, the lists the prior's teachers see ({@link
   * TeacherGazetteers}).
   *
   * @param withCorpus whether {@link #train} will be given a corpus (self-training needs one)
   * @param teacherGazetteers a directory of the train/eval-only lists, or null
   * @throws IOException if {@code teacherGazetteers} holds none of the lists or one is unreadable
   */
  public static NerTrainer recipe(boolean withCorpus, Path teacherGazetteers) throws IOException {
    NerTrainer t = new NerTrainer(Config.RECIPE);
    if (teacherGazetteers != null) {
      t.withTeacherEntries(TeacherGazetteers.read(teacherGazetteers));
    }
    if (withCorpus) {
      t.withSelfTraining(SelfTraining.Config.RECIPE);
    }
    return t;
  }

  /**
   * Adds news sentences tagged confidently by the prior's teachers to the first stage's training
   * data ({@link SelfTraining}): in cross-validation fold {@code k}, those of the teacher trained
   * without fold {@code k} (the one whose prior that fold's features use; with {@link
   * SelfTraining.Config#prior()}, featurized with that prior); in the final model, those of the
   * teacher trained on all of the split. Off by default here (the command line turns it on with a
   * corpus); needs a corpus and {@code priorTokens > 0}.
   */
  NerTrainer withSelfTraining(SelfTraining.Config c) {
    this.selfTraining = c;
    return this;
  }

  /**
   * Self-training beyond one round: with {@code rounds = 2}, the teacher of each stacked training
   * set is trained again on its training folds plus the pseudo-labelled sentences its first
   * round chose (featurized by the teacher's extractor, same step), a second teacher likewise for
   * the agreement filter, and the new pair tags the news again. The teacher without fold {@code
   * k} and its round-1 sentences never saw fold {@code k}, so neither does its successor.
   * {@code prior}: the label prior comes from the second round's tagging; {@code labels}: the
   * student's pseudo-labelled sentences (and the second stage's news, {@link #withStage2News})
   * do. Needs self-training and one teacher per prior.
   */
  NerTrainer withSelfTrainingRounds(int rounds, boolean prior, boolean labels) {
    if (rounds < 1 || rounds > 2) {
      throw new IllegalArgumentException("self-training rounds must be 1 or 2, got " + rounds);
    }
    this.selfRounds = rounds;
    this.roundPrior = prior;
    this.roundLabels = labels;
    return this;
  }

  /**
   * Pseudo-labelled news in the document-level second stage: whole articles holding about
   * {@code sentences} sentences ({@link NewsDocuments}, never self-training sentences of the
   * first stage) join the second stage's training data with perceptron step {@code weight}. In
   * cross-validation fold {@code k} their labels are those of the teacher trained without fold
   * {@code k} and their document features count the first-pass labels of the first stage of fold
   * {@code k} (trained without it); in the final model, those of the teacher and first stage
   * trained on the whole split. Needs a corpus, {@code priorTokens > 0} and a second stage.
   */
  NerTrainer withStage2News(int sentences, float weight) {
    if (sentences < 0 || !(weight > 0) || weight > 1) {
      throw new IllegalArgumentException("stage-2 news: sentences >= 0, weight in (0, 1]");
    }
    this.stage2News = sentences;
    this.stage2Weight = weight;
    return this;
  }

  /**
   * The second stage's pseudo-labelled news of the last {@link #train}, by training set ({@code
   * "fold 1"} ..., {@code "all"}): {@code [0]} the labels, {@code [1]} the first-pass labels their
   * document features count, per sentence of {@link #stage2Documents}.
   */
  Map<String, int[][][]> stage2News() {
    return stage2Log;
  }

  /** The articles of {@link #stage2News}, or null. */
  NewsDocuments stage2Documents() {
    return stage2Docs;
  }

  /**
   * How the label prior is built from the teachers' tagging counts: minimum occurrences, shrink
   * of rare words' rates toward 0, 9 levels instead of 5, and a count-bucket confidence feature.
   */
  NerTrainer withPriorRecipe(PriorInducer.Recipe recipe) {
    this.priorRecipe = recipe;
    return this;
  }

  /**
   * The pseudo-labelled sentences of the last {@link #train}, by teacher ({@code "fold 1"} ...,
   * {@code "all"}): what each training set received, for tests and inspection.
   */
  Map<String, List<SelfTraining.Pseudo>> pseudoLabelled() {
    return pseudoLog;
  }

  /**
   * The prior's teachers: {@code count} teachers per prior (seeds {@link #teacherSeed}) whose
   * tagging rates are averaged; each the mean of {@code shuffles} perceptrons (0: as the model,
   * {@link Config#shuffles}); with {@code window > 0} each is a two-stage tagger whose second
   * stage reads the first pass over a corpus article ({@link DocumentContext}, that window).
   */
  public NerTrainer withTeachers(int count, int shuffles, int window) {
    if (count < 1 || shuffles < 0 || window < 0) {
      throw new IllegalArgumentException("teachers must be >= 1, shuffles and window >= 0");
    }
    this.teachers = count;
    this.teacherShuffles = shuffles;
    this.teacherWindow = window;
    return this;
  }

  /**
   * Trains and writes the model.
   *
   * @param corpusDirOrNull unlabeled news to learn word clusters from; null uses the shipped ones
   * @throws org.marsad.ner.eval.ConllFormatException on a malformed training file
   */
  public TrainReport train(Path trainFile, Path corpusDirOrNull, Path out, long seed)
      throws IOException {
    long t0 = System.nanoTime();
    ConllCorpus corpus = new ConllReader(false).read(trainFile);
    if (corpus.sentences().size() < Math.max(2, config.folds())) {
      throw new ConllFormatException(trainFile + ": " + corpus.sentences().size()
          + " labelled sentences; training needs at least " + Math.max(2, config.folds())
          + " (one per cross-validation fold)");
    }
    ClusterLearner.Corpus news = null;
    if (corpusDirOrNull != null) {
      news = ClusterLearner.readCorpus(corpusDirOrNull);
    }
    WordClusters cl = clusters;
    String clusterSource = "given";
    if (cl == null && news != null) {
      cl = new ClusterLearner(config.clusterTargets(), 2_000, seed).learn(news);
      clusterSource = "learned from " + corpusDirOrNull.getFileName();
    } else if (cl == null) {
      cl = shippedClusters();
      clusterSource = "shipped";
    }
    if (selfTraining.on() && (news == null || config.priorTokens() <= 0)) {
      throw new IllegalArgumentException(
          "self-training tags the news corpus: it needs --corpus and --prior-tokens > 0");
    }
    if (selfTraining.on() && teacherWindow > 0) {
      throw new IllegalArgumentException(
          "self-training takes its sentences from first-stage teachers: drop --teacher-window");
    }
    boolean twoStage = !config.docWindows().isEmpty() && config.folds() > 1;
    if (selfRounds > 1 && (!selfTraining.on() || teachers != 1)) {
      throw new IllegalArgumentException(
          "a second self-training round needs self-training and one teacher per prior");
    }
    if (stage2News > 0 && (news == null || config.priorTokens() <= 0 || !twoStage
        || teacherWindow > 0 || teachers != 1)) {
      throw new IllegalArgumentException("news in the second stage need --corpus, "
          + "--prior-tokens > 0, a second stage and one first-stage teacher per prior");
    }
    pseudoLog.clear();
    stage2Log.clear();
    stage2Docs = stage2News > 0
        ? NewsDocuments.choose(news, config.priorTokens(), stage2News, seed) : null;
    NewsDocuments docs = stage2Docs;
    // The second stage's news per CV fold and for the final model: the teacher's labels, and the
    // sentences featurized by the student's extractor (with that fold's prior), which its first
    // stage tags for the document features.
    List<int[][]> docLabelsByFold = new ArrayList<>();
    List<List<Instance>> docProbeByFold = new ArrayList<>();
    int[][] docLabelsAll = null;
    List<Instance> docProbeAll = null;
    Lexicon lex = lexicon != null ? lexicon : shippedLexicon();
    FeatureExtractor stage1 =
        new FeatureExtractor(config.bits(), cl, lex, splitter);
    List<Instance> data = featurize(corpus.sentences(), stage1);
    LabelPrior prior = LabelPrior.EMPTY_PRIOR;
    String teacherSource = "the model's lexicon";
    // Pseudo-labelled news sentences per CV fold (from a teacher blind to that fold) and for
    // the final model; empty without self-training.
    List<List<Instance>> pseudoByFold = new ArrayList<>();
    List<Instance> pseudoAll = List.of();
    if (news != null && config.priorTokens() > 0) {
      // The teachers may see more than the model: the train/eval-only gazetteers, whose
      // evidence reaches the model only through the prior they induce on corpus words.
      FeatureExtractor teacher = stage1;
      List<Instance> teacherData = data;
      if (!teacherEntries.isEmpty()) {
        List<String> lines = new ArrayList<>(lex.lines());
        lines.addAll(teacherEntries);
        teacher = new FeatureExtractor(config.bits(), cl, new Lexicon(lines, splitter), splitter);
        teacherData = featurize(corpus.sentences(), teacher);
        teacherSource = "the model's lexicon + " + teacherEntries.size()
            + " train/eval-only gazetteer entries";
      }
      // Stage 2 (stacking): each fold's features use a prior induced by teachers that did not
      // see that fold, so the weights learned for the prior match its reliability on new text.
      PriorInducer inducer = new PriorInducer(priorRecipe, config.priorTokens());
      int k = Math.max(2, config.folds());
      int n = data.size();
      int[] bounds = new int[k + 1];
      for (int f = 0; f <= k; f++) {
        bounds[f] = (int) ((long) f * n / k);
      }
      // A two-stage teacher's second stage learns from held-out first-pass labels of its own
      // training folds: for the teacher without fold f, the labels of fold g come from a first
      // stage trained without f and g, so no model behind fold f's prior saw fold f.
      int[][][][] pairPass = teacherWindow > 0 ? pairPredictions(teacherData, bounds, seed) : null;
      List<Instance> stacked = new ArrayList<>(data.size());
      for (int f = 0; f <= k; f++) {
        boolean all = f == k; // the shipped model's prior: teachers trained on every fold
        int from = all ? n : bounds[f];
        int to = all ? n : bounds[f + 1];
        List<Instance> rest = new ArrayList<>(teacherData.subList(0, from));
        rest.addAll(teacherData.subList(to, n));
        PriorInducer.Tally tally = new PriorInducer.Tally(news.size());
        SelfTraining.Collector collector = null;
        float[][] newsLabeller = null; // the teacher whose labels the second stage's news take
        for (int j = 0; j < teachers; j++) {
          long s = teacherSeed(seed, j);
          float[][] m = teacherLearner().train(rest, STAGE1_EPOCHS, s, null);
          if (teacherWindow > 0 && !all) {
            // held out by this teacher: the final teacher's first-pass labels of fold f
            pairPass[j][k * k + f] = new int[n][];
            predict(teacherData, from, to, m, pairPass[j][k * k + f]);
          }
          if (teacherWindow > 0) {
            int[][] pass = new int[n][];
            for (int g = 0; g < k; g++) {
              if (g != f) {
                int[][] byModel = pairPass[j][all ? k * k + g : Math.min(f, g) * k + Math.max(f, g)];
                System.arraycopy(byModel, bounds[g], pass, bounds[g], bounds[g + 1] - bounds[g]);
              }
            }
            List<ConllSentence> restSentences = new ArrayList<>(corpus.sentences().subList(0, from));
            restSentences.addAll(corpus.sentences().subList(to, n));
            List<int[]> restPass = new ArrayList<>(java.util.Arrays.asList(pass).subList(0, from));
            restPass.addAll(java.util.Arrays.asList(pass).subList(to, n));
            List<Instance> second = documentInstances(restSentences, teacher, rest,
                restPass.toArray(new int[0][]), teacherWindow, false);
            float[][] m2 = teacherLearner().train(second, STAGE1_EPOCHS, s, null);
            inducer.tagArticles(tally, news, teacher, m[0], m[1], m2[0], m2[1], teacherWindow);
          } else {
            if (j == 0) { // the first teacher's sentences are the candidates for self-training
              collector = collector(news, rest, m, seed, docs);
              newsLabeller = m;
            }
            inducer.tag(tally, news, teacher, m[0], m[1], j == 0 ? collector : null);
          }
        }
        if (selfRounds > 1) {
          // Round 2: the teacher learns from its own training folds plus the sentences it chose
          // in round 1 (a teacher blind to this fold chose them), then tags the news again.
          List<Instance> rest2 = new ArrayList<>(rest);
          rest2.addAll(weighted(featurize(sentences(collector.select()), teacher),
              selfTraining.weight()));
          float[][] m2 = teacherLearner().train(rest2, STAGE1_EPOCHS, teacherSeed(seed, 0), null);
          SelfTraining.Collector collector2 = collector(news, rest2, m2, seed, docs);
          PriorInducer.Tally tally2 = new PriorInducer.Tally(news.size());
          inducer.tag(tally2, news, teacher, m2[0], m2[1], collector2);
          if (roundPrior) {
            tally = tally2;
          }
          if (roundLabels) {
            collector = collector2;
            newsLabeller = m2;
          }
        }
        LabelPrior p = inducer.build(news, tally);
        FeatureExtractor student = new FeatureExtractor(config.bits(), cl, lex, p, splitter);
        if (docs != null) {
          List<ConllSentence> plain = docs.unlabelled();
          int[][] labels = new int[docs.size()][];
          predict(featurize(plain, teacher), 0, docs.size(), newsLabeller, labels);
          List<Instance> probe = featurize(plain, student);
          if (all) {
            docLabelsAll = labels;
            docProbeAll = probe;
          } else {
            docLabelsByFold.add(labels);
            docProbeByFold.add(probe);
          }
        }
        if (all) {
          prior = p;
          pseudoAll = pseudo("all", collector, selfTraining.prior() ? student : stage1);
        } else {
          stacked.addAll(featurize(corpus.sentences().subList(from, to), student));
          pseudoByFold.add(pseudo("fold " + (f + 1), collector,
              selfTraining.prior() ? student : stage1));
        }
      }
      data = stacked;
    }

    CrossValidation cv = config.folds() > 1
        ? crossValidate(data, pseudoByFold, docProbeByFold, seed, twoStage) : null;
    int epochs = cv == null ? config.maxEpochs() : cv.bestEpoch();
    float oPenalty = cv == null ? 0 : cv.bestPenalty();
    List<Instance> finalData = data;
    if (!pseudoAll.isEmpty()) {
      finalData = new ArrayList<>(data);
      finalData.addAll(pseudoAll);
    }
    float[][] wt = learner().train(finalData, epochs, seed, null);
    penalizeOutside(wt[1], oPenalty);
    CrossValidation cv1 = cv;
    float[][] wt2 = null;
    int docWindow = 0;
    String windowTable = null;
    int epochs2 = 0;
    float oPenalty2 = 0;
    if (twoStage) {
      // The second stage learns from first-pass labels of held-out folds (the cross-validation
      // predictions at the chosen epoch and penalty), as it will see on new text.
      int[][] firstPass = cv.predictions(epochs);
      // The second stage's news: labels of each fold's teacher, document features over the
      // first-pass labels of that fold's first stage (the final first stage's for the model).
      List<Instance> docStage1 = null;
      List<int[][]> docPassByFold = new ArrayList<>();
      int[][] docPassAll = null;
      if (docs != null) {
        docStage1 = selfTraining.prior() ? null : featurize(docs.unlabelled(), stage1);
        for (int f = 0; f < config.folds(); f++) {
          docPassByFold.add(cv.probePredictions(epochs, f));
          stage2Log.put("fold " + (f + 1),
              new int[][][] {docLabelsByFold.get(f), docPassByFold.get(f)});
        }
        docPassAll = new int[docs.size()][];
        predict(docProbeAll, 0, docs.size(), wt, docPassAll);
        stage2Log.put("all", new int[][][] {docLabelsAll, docPassAll});
      }
      List<Instance> data2 = null;
      List<Instance> news2 = List.of();
      cv = null;
      StringBuilder byWindow = new StringBuilder();
      for (int w : config.docWindows()) {
        List<Instance> d =
            documentInstances(corpus.sentences(), stage1, data, firstPass, w, config.docLocal());
        List<List<Instance>> newsByFold = new ArrayList<>();
        List<Instance> newsAll = List.of();
        if (docs != null) {
          for (int f = 0; f < config.folds(); f++) {
            newsByFold.add(newsDocumentInstances(docs, docLabelsByFold.get(f),
                docStage1 != null ? docStage1 : docProbeByFold.get(f), stage1,
                docPassByFold.get(f), w));
          }
          newsAll = newsDocumentInstances(docs, docLabelsAll,
              docStage1 != null ? docStage1 : docProbeAll, stage1, docPassAll, w);
        }
        CrossValidation c = crossValidate(d, newsByFold, List.of(), seed, false);
        double f = c.micro(c.bestEpoch()).f1();
        byWindow.append(String.format(java.util.Locale.ROOT, " %d:%.4f", w, f));
        if (cv == null || f > cv.micro(cv.bestEpoch()).f1()) {
          cv = c;
          data2 = d;
          news2 = newsAll;
          docWindow = w;
        }
      }
      windowTable = byWindow.toString().strip();
      epochs2 = cv.bestEpoch();
      oPenalty2 = cv.bestPenalty();
      if (!news2.isEmpty()) {
        data2 = new ArrayList<>(data2);
        data2.addAll(news2);
      }
      wt2 = learner().train(data2, epochs2, seed, null);
      penalizeOutside(wt2[1], oPenalty2);
    }

    Map<String, String> prov = new LinkedHashMap<>();
    prov.put("code_version", CODE_VERSION);
    prov.put("train_file", trainFile.getFileName().toString());
    prov.put("train_sha256", sha256(trainFile));
    prov.put("seed", Long.toString(seed));
    prov.put("config", config.toString() + " epochs=" + epochs + " o_penalty=" + oPenalty);
    prov.put("clusters", clusterSource + ", " + cl.size() + " words");
    prov.put("lexicon", lex.size() + " entries");
    prov.put("label_prior", prior.size() + " words");
    if (!prior.equals(LabelPrior.EMPTY_PRIOR)) {
      prov.put("label_prior_teachers", teacherSource + "; " + teachers + " teacher(s) per prior, "
          + (teacherShuffles > 0 ? teacherShuffles : config.shuffles()) + " perceptron(s) each, "
          + (teacherWindow > 0 ? "two stages, article window " + teacherWindow : "first stage"));
      prov.put("label_prior_recipe", priorRecipe.toString());
    }
    prov.put("segmenter", splitter.name());
    if (selfTraining.on()) {
      prov.put("self_training", selfTraining + ", " + pseudoAll.size()
          + " sentences in the final first stage (" + pseudoPool + ")"
          + (selfRounds > 1 ? "; " + selfRounds + " rounds, the last one's "
              + (roundPrior ? roundLabels ? "prior and sentences" : "prior"
                  : roundLabels ? "sentences" : "nothing") : ""));
    }
    if (docs != null) {
      prov.put("stage2_news", String.format(java.util.Locale.ROOT,
          "%d sentences of %d news articles, weight %.2f", docs.size(), docs.articles(),
          stage2Weight));
    }
    if (cv1 != null) {
      prov.put("cv_micro_f1", String.format(java.util.Locale.ROOT, "%.4f", cv1.micro(epochs).f1()));
      prov.put("cv_f1_by_o_penalty", cv1.penaltyTable(epochs).strip());
    }
    NerModel model;
    if (wt2 != null) {
      prov.put("stage2", "doc_window=" + docWindow + " doc_local=" + config.docLocal()
          + " epochs=" + epochs2 + " o_penalty=" + oPenalty2);
      prov.put("stage2_cv_micro_f1",
          String.format(java.util.Locale.ROOT, "%.4f", cv.micro(epochs2).f1()));
      prov.put("stage2_cv_f1_by_o_penalty", cv.penaltyTable(epochs2).strip());
      prov.put("stage2_cv_f1_by_window", windowTable);
      model = new NerModel(config.bits(), wt[0], wt[1], cl, lex, prior, prov, wt2[0], wt2[1],
          docWindow, config.docLocal());
      epochs = epochs2;
    } else {
      model = new NerModel(config.bits(), wt[0], wt[1], cl, lex, prior, prov);
    }
    model.write(out);
    double seconds = (System.nanoTime() - t0) / 1e9;
    List<Double> f1 = cv == null ? List.of() : cv.f1ByEpoch();
    Counts micro = cv == null ? new Counts(0, 0, 0) : cv.micro(epochs);
    Map<EntityType, Counts> types = cv == null ? zeroTypes() : cv.types(epochs);
    return new TrainReport(out.toString(), Files.size(out), corpus.sentences().size(),
        corpus.tokens(), config.folds(), f1, epochs, micro, types, seconds, prov);
  }

  /** A candidate collector for one teacher, or null without self-training. */
  private SelfTraining.Collector collector(ClusterLearner.Corpus news, List<Instance> teacherData,
      float[][] teacherModel, long seed, NewsDocuments reserved) {
    if (!selfTraining.on()) {
      return null;
    }
    float[][] second = null;
    if (selfTraining.criterion() == SelfTraining.Criterion.AGREE) {
      second = learner().train(teacherData, STAGE1_EPOCHS, seed + SECOND_TEACHER_SEED_STEP, null);
    }
    return new SelfTraining.Collector(selfTraining, news, teacherModel[1], second, seed,
        reserved == null ? null : reserved::reserved);
  }

  /** Seed offset of the second teacher of the {@code AGREE} criterion. */
  static final long SECOND_TEACHER_SEED_STEP = 1_000_003;

  /** The collector's sentences featurized by the student's extractor, with their weight. */
  private List<Instance> pseudo(String name, SelfTraining.Collector collector,
      FeatureExtractor student) {
    if (collector == null) {
      return List.of();
    }
    List<SelfTraining.Pseudo> chosen = collector.select();
    pseudoLog.put(name, chosen);
    pseudoPool = collector.candidates() + " of " + collector.seen() + " news sentences passed";
    return weighted(featurize(sentences(chosen), student), selfTraining.weight());
  }

  private static List<ConllSentence> sentences(List<SelfTraining.Pseudo> chosen) {
    List<ConllSentence> sentences = new ArrayList<>(chosen.size());
    for (SelfTraining.Pseudo p : chosen) {
      sentences.add(new ConllSentence(List.of(p.words()), p.labels(), 0));
    }
    return sentences;
  }

  private static List<Instance> weighted(List<Instance> xs, float weight) {
    List<Instance> out = new ArrayList<>(xs.size());
    for (Instance x : xs) {
      out.add(new Instance(x.features(), x.start(), x.gold(), weight));
    }
    return out;
  }

  /**
   * Second-stage instances of the news articles, article by article (the document features
   * never cross an article): {@code stage1} features relabelled with {@code labels}, plus the
   * document features of {@code firstPass}, at step {@link #stage2Weight}.
   */
  private List<Instance> newsDocumentInstances(NewsDocuments docs, int[][] labels,
      List<Instance> stage1, FeatureExtractor extractor, int[][] firstPass, int window) {
    List<Instance> out = new ArrayList<>(docs.size());
    for (int a = 0; a < docs.articles(); a++) {
      int from = docs.first(a);
      int to = docs.first(a + 1);
      List<Instance> x = new ArrayList<>(to - from);
      for (int s = from; s < to; s++) {
        Instance i = stage1.get(s);
        x.add(new Instance(i.features(), i.start(), labels[s]));
      }
      out.addAll(weighted(documentInstances(docs.article(a, labels), extractor, x,
          java.util.Arrays.copyOfRange(firstPass, from, to), window, config.docLocal()),
          stage2Weight));
    }
    return out;
  }

  static List<Instance> featurize(List<ConllSentence> sentences, FeatureExtractor extractor) {
    FeatureExtractor.Scratch s = new FeatureExtractor.Scratch();
    List<Instance> out = new ArrayList<>(sentences.size());
    CharSequence[] words = new CharSequence[16];
    for (ConllSentence sentence : sentences) {
      int n = sentence.size();
      if (words.length < n) {
        words = new CharSequence[n * 2];
      }
      for (int i = 0; i < n; i++) {
        words[i] = sentence.words().get(i);
      }
      extractor.extract(words, n, s);
      int[] start = new int[n + 1];
      for (int i = 0; i <= n; i++) {
        start[i] = s.from(i);
      }
      int[] feats = java.util.Arrays.copyOf(s.features(), start[n]);
      out.add(new Instance(feats, start, sentence.labels()));
    }
    return out;
  }

  /**
   * Second-stage instances: each sentence's first-stage features plus the {@link
   * DocumentContext} features of {@code firstPass}, the labels a first stage gave it.
   */
  private List<Instance> documentInstances(List<ConllSentence> sentences,
      FeatureExtractor extractor, List<Instance> stage1, int[][] firstPass, int window,
      boolean local) {
    int m = sentences.size();
    long[][] stems = new long[m][];
    int[] sizes = new int[m];
    FeatureExtractor.Scratch s = new FeatureExtractor.Scratch();
    for (int k = 0; k < m; k++) {
      ConllSentence sentence = sentences.get(k);
      sizes[k] = sentence.size();
      extractor.extract(sentence.words().toArray(new CharSequence[0]), sizes[k], s);
      stems[k] = s.stems();
    }
    DocumentContext context =
        new DocumentContext(extractor, window, local);
    context.reset(stems, firstPass, sizes, m);
    List<Instance> out = new ArrayList<>(m);
    for (int k = 0; k < m; k++) {
      int n = sizes[k];
      int[] extra = new int[Math.max(1, n) * DocumentContext.MAX_FEATURES];
      int[] extraStart = new int[n + 1];
      context.features(k, extra, extraStart);
      Instance x = stage1.get(k);
      int[] feats = new int[x.start()[n] + extraStart[n]];
      int[] start = new int[n + 1];
      int f = 0;
      for (int i = 0; i < n; i++) {
        start[i] = f;
        int a = x.start()[i + 1] - x.start()[i];
        System.arraycopy(x.features(), x.start()[i], feats, f, a);
        f += a;
        int b = extraStart[i + 1] - extraStart[i];
        System.arraycopy(extra, extraStart[i], feats, f, b);
        f += b;
      }
      start[n] = f;
      out.add(new Instance(feats, start, x.gold()));
    }
    return out;
  }

  /** Seed of ensemble teacher {@code j} (teacher 0 uses the training seed). */
  static long teacherSeed(long seed, int j) {
    return seed + 104_729L * j;
  }

  /**
   * First-pass labels for the two-stage teachers' second stages, per ensemble teacher {@code j}:
   * slot {@code f * k + g} ({@code f < g}) holds the labels of folds f and g given by a first stage
   * trained without both; slot {@code k * k + g}, filled later by the caller, those of fold g by
   * the teacher trained without g alone.
   */
  private int[][][][] pairPredictions(List<Instance> data, int[] bounds, long seed) {
    int k = bounds.length - 1;
    int n = data.size();
    int[][][][] out = new int[teachers][k * k + k][][];
    for (int j = 0; j < teachers; j++) {
      for (int f = 0; f < k; f++) {
        for (int g = f + 1; g < k; g++) {
          List<Instance> train = new ArrayList<>(data.subList(0, bounds[f]));
          train.addAll(data.subList(bounds[f + 1], bounds[g]));
          train.addAll(data.subList(bounds[g + 1], n));
          float[][] m = teacherLearner().train(train, STAGE1_EPOCHS, teacherSeed(seed, j), null);
          int[][] pass = new int[n][];
          predict(data, bounds[f], bounds[f + 1], m, pass);
          predict(data, bounds[g], bounds[g + 1], m, pass);
          out[j][f * k + g] = pass;
        }
      }
    }
    return out;
  }

  /** Labels of {@code data[from, to)} under model {@code m}, stored at the same indices. */
  private static void predict(List<Instance> data, int from, int to, float[][] m, int[][] out) {
    Viterbi v = new Viterbi();
    for (int i = from; i < to; i++) {
      Instance x = data.get(i);
      int n = x.size();
      v.emissions(m[0], x.features(), x.start(), n);
      out[i] = new int[n];
      v.decode(m[1], n, out[i]);
    }
  }

  /**
   * Penalties on the O label tried in cross-validation: the perceptron's margin favours O, and
   * lowering its score trades precision for recall (Minkov et al. 2006, "NER systems that suit
   * user's preferences"); the penalty is folded into the transitions into O.
   */
  static final float[] O_PENALTIES = {0, 5, 10, 20, 30, 45, 70};

  static void penalizeOutside(float[] transitions, float penalty) {
    int l = org.marsad.ner.Labels.COUNT;
    for (int prev = -1; prev < l; prev++) {
      transitions[(prev + 1) * l + org.marsad.ner.Labels.O] -= penalty;
    }
  }

  /**
   * Pooled held-out counts per epoch and O penalty over contiguous folds; fold {@code f} also
   * trains on {@code extraByFold.get(f)} when given (pseudo-labelled sentences).
   */
  private CrossValidation crossValidate(List<Instance> data, List<List<Instance>> extraByFold,
      List<List<Instance>> probeByFold, long seed, boolean keepPredictions) {
    int k = config.folds();
    int maxEpochs = config.maxEpochs();
    NerScorer[][] scorers = new NerScorer[maxEpochs][O_PENALTIES.length];
    int[][][][] predictions =
        keepPredictions ? new int[maxEpochs][O_PENALTIES.length][data.size()][] : null;
    for (int e = 0; e < maxEpochs; e++) {
      for (int p = 0; p < O_PENALTIES.length; p++) {
        scorers[e][p] = new NerScorer();
      }
    }
    // labels of fold f's probe sentences by fold f's model, [epoch - 1][penalty][fold][sentence]
    byte[][][][][] probes =
        probeByFold.isEmpty() ? null : new byte[maxEpochs][O_PENALTIES.length][k][][];
    int n = data.size();
    for (int f = 0; f < k; f++) {
      int fold = f;
      int from = (int) ((long) f * n / k);
      int to = (int) ((long) (f + 1) * n / k);
      List<Instance> train = new ArrayList<>(data.subList(0, from));
      train.addAll(data.subList(to, n));
      if (!extraByFold.isEmpty()) {
        train.addAll(extraByFold.get(f));
      }
      List<Instance> held = data.subList(from, to);
      int offset = from;
      learner().train(train, maxEpochs, seed, (epoch, w, t) -> {
        score(held, w, t, scorers[epoch - 1],
            predictions == null ? null : predictions[epoch - 1], offset);
        if (probes != null) {
          label(probeByFold.get(fold), w, t, probes[epoch - 1], fold);
        }
      });
    }
    return new CrossValidation(scorers, predictions, probes);
  }

  /** Scores {@code held}; if {@code keep} is not null, stores its labels at {@code offset}. */
  private static void score(List<Instance> held, float[] w, float[] t, NerScorer[] scorers,
      int[][][] keep, int offset) {
    Viterbi v = new Viterbi();
    int[] pred = new int[16];
    float[][] penalized = penalizedTransitions(t);
    for (Instance x : held) {
      int n = x.size();
      if (pred.length < n) {
        pred = new int[n * 2];
      }
      v.emissions(w, x.features(), x.start(), n);
      for (int p = 0; p < O_PENALTIES.length; p++) {
        v.decode(penalized[p], n, pred);
        scorers[p].add(x.gold(), pred, n);
        if (keep != null) {
          keep[p][offset] = java.util.Arrays.copyOf(pred, n);
        }
      }
      offset++;
    }
  }

  /** The transitions {@code t} under each of {@link #O_PENALTIES}, in that order. */
  private static float[][] penalizedTransitions(float[] t) {
    float[][] penalized = new float[O_PENALTIES.length][];
    for (int p = 0; p < O_PENALTIES.length; p++) {
      penalized[p] = t.clone();
      penalizeOutside(penalized[p], O_PENALTIES[p]);
    }
    return penalized;
  }

  /** Labels of {@code xs} under {@code (w, t)} at every O penalty: {@code out[p][fold][i]}. */
  private static void label(List<Instance> xs, float[] w, float[] t, byte[][][][] out,
      int fold) {
    Viterbi v = new Viterbi();
    int[] pred = new int[16];
    for (int p = 0; p < O_PENALTIES.length; p++) {
      out[p][fold] = new byte[xs.size()][];
    }
    float[][] penalized = penalizedTransitions(t);
    for (int i = 0; i < xs.size(); i++) {
      Instance x = xs.get(i);
      int n = x.size();
      if (pred.length < n) {
        pred = new int[n * 2];
      }
      v.emissions(w, x.features(), x.start(), n);
      for (int p = 0; p < O_PENALTIES.length; p++) {
        v.decode(penalized[p], n, pred);
        byte[] b = new byte[n];
        for (int j = 0; j < n; j++) {
          b[j] = (byte) pred[j];
        }
        out[p][fold][i] = b;
      }
    }
  }

  /** Pooled CV scorers indexed by [epoch - 1][penalty index]. */
  private record CrossValidation(NerScorer[][] scorers, int[][][][] predictions,
      byte[][][][][] probes) {
    /**
     * Labels of fold {@code fold}'s probe sentences by that fold's model at {@code epoch} and
     * the best penalty.
     */
    int[][] probePredictions(int epoch, int fold) {
      byte[][] b = probes[epoch - 1][best()[1]][fold];
      int[][] out = new int[b.length][];
      for (int i = 0; i < b.length; i++) {
        out[i] = new int[b[i].length];
        for (int j = 0; j < b[i].length; j++) {
          out[i][j] = b[i][j];
        }
      }
      return out;
    }

    /** Held-out labels of every sentence at {@code epoch} and the best penalty. */
    int[][] predictions(int epoch) {
      return predictions[epoch - 1][best()[1]];
    }

    private int[] best() {
      int be = 0;
      int bp = 0;
      for (int e = 0; e < scorers.length; e++) {
        for (int p = 0; p < O_PENALTIES.length; p++) {
          if (scorers[e][p].micro().f1() > scorers[be][bp].micro().f1()) {
            be = e;
            bp = p;
          }
        }
      }
      return new int[] {be, bp};
    }

    int bestEpoch() {
      return best()[0] + 1;
    }

    float bestPenalty() {
      return O_PENALTIES[best()[1]];
    }

    /** F1 per epoch at the best penalty. */
    List<Double> f1ByEpoch() {
      int bp = best()[1];
      List<Double> f = new ArrayList<>();
      for (NerScorer[] s : scorers) {
        f.add(s[bp].micro().f1());
      }
      return f;
    }

    Counts micro(int epoch) {
      return scorers[epoch - 1][best()[1]].micro();
    }

    Map<EntityType, Counts> types(int epoch) {
      return scorers[epoch - 1][best()[1]].byType();
    }

    String penaltyTable(int epoch) {
      StringBuilder b = new StringBuilder();
      for (int p = 0; p < O_PENALTIES.length; p++) {
        b.append(String.format(java.util.Locale.ROOT, " %.0f:%.4f", O_PENALTIES[p],
            scorers[epoch - 1][p].micro().f1()));
      }
      return b.toString();
    }
  }

  private static Map<EntityType, Counts> zeroTypes() {
    Map<EntityType, Counts> m = new EnumMap<>(EntityType.class);
    for (EntityType t : EntityType.values()) {
      m.put(t, new Counts(0, 0, 0));
    }
    return m;
  }

  /** The word clusters shipped in marsad-core. */
  public static WordClusters shippedClusters() {
    InputStream in = NerTrainer.class.getResourceAsStream(CLUSTERS_RESOURCE);
    if (in == null) {
      throw new ModelFormatException("the word-cluster resource " + CLUSTERS_RESOURCE
          + " is missing from the classpath; learn it with scripts/train-ner.sh");
    }
    return WordClusters.read(in, "classpath:" + CLUSTERS_RESOURCE);
  }

  /** The lexicon shipped in marsad-core: the knowledge base's names and titles, then ours. */
  public Lexicon shippedLexicon() {
    List<String> lines = new ArrayList<>();
    lines.addAll(org.marsad.ner.KbLexicon.lines());
    for (String r : LEXICON_RESOURCES) {
      InputStream in = NerTrainer.class.getResourceAsStream(r);
      if (in != null) {
        lines.addAll(Lexicon.readLines(in, r.endsWith(".gz"), "classpath:" + r));
      }
    }
    return new Lexicon(lines, splitter);
  }

  static String sha256(Path file) throws IOException {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  /**
   * {@code NerTrainer --train FILE [--corpus DIR] [--clusters FILE] --out MODEL [--seed N]
   * [--bits B] [--epochs E] [--folds K] [--prior-tokens N] [--splitter light|tokenizer]
   * [--doc-windows W1,W2,...|none] [--doc-local true|false] [--shuffles K]
   * [--teacher-gazetteers DIR] [--teacher-dictionary FILE.dic] [--teachers K]
   * [--teacher-shuffles K] [--teacher-window W] [--prior-min-count N] [--prior-shrink X]
   * [--prior-fine true|false] [--prior-confidence true|false] [--prior-position true|false]
   * [--self-train N [--self-select margin|agree|random] [--self-weight W] [--self-empty R]
   * [--self-prior true|false] [--self-dump CONLL] [--self-rounds 1|2 [--self-round-prior
   * true|false] [--self-round-labels true|false]]] [--stage2-news N [--stage2-weight W]]}: the
   * recipe's entry point;
   * {@code --teacher-gazetteers} gives the prior's teachers the train/eval-only lists under DIR
   * ({@link TeacherGazetteers}); the other teacher and prior options are those of {@link
   * #withTeachers} and {@link PriorInducer.Recipe} (defaults: one first-stage teacher, minimum
   * count 3, no shrink, 5 levels, no confidence, no positions: with self-training they did not
   * add, docs/ner.md); {@code --self-train} adds N news sentences the teachers tag confidently
   * ({@link SelfTraining}; with a corpus the default is {@link SelfTraining.Config#RECIPE},
   * {@code --self-train 0} turns it off; it needs first-stage teachers), and {@code
   * --self-dump} writes those of the final model as CoNLL, for inspection;
   * {@code --self-rounds 2} is {@link #withSelfTrainingRounds} and {@code --stage2-news} {@link
   * #withStage2News} (both off by default, docs/ner.md, "Beyond one round, and news in the second
   * stage").
   */
  static void run(String[] args) throws IOException {
    Map<String, String> a = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      a.put(args[i], args[i + 1]);
    }
    Config d = Config.DEFAULT;
    Config c = new Config(Integer.parseInt(a.getOrDefault("--bits", "" + d.bits())),
        Integer.parseInt(a.getOrDefault("--epochs", "" + d.maxEpochs())),
        Integer.parseInt(a.getOrDefault("--folds", "" + d.folds())), d.clusterTargets(),
        Integer.parseInt(a.getOrDefault("--prior-tokens", "" + d.priorTokens())),
        windows(a.get("--doc-windows"), d.docWindows()),
        Boolean.parseBoolean(a.getOrDefault("--doc-local", "" + d.docLocal())),
        Integer.parseInt(a.getOrDefault("--shuffles", "" + d.shuffles())));
    NerTrainer t = new NerTrainer(c);
    if (a.containsKey("--splitter")) {
      t.withSplitter(CliticSplitter.named(a.get("--splitter")));
    }
    if (a.containsKey("--clusters")) {
      try (InputStream in = Files.newInputStream(Path.of(a.get("--clusters")))) {
        t.withClusters(WordClusters.read(in, a.get("--clusters")));
      }
    }
    List<String> teacherLines = new ArrayList<>();
    if (a.containsKey("--teacher-gazetteers")) {
      teacherLines.addAll(TeacherGazetteers.read(Path.of(a.get("--teacher-gazetteers"))));
    }
    if (a.containsKey("--teacher-dictionary")) {
      teacherLines.addAll(
          TeacherGazetteers.readDictionary(Path.of(a.get("--teacher-dictionary"))));
    }
    if (!teacherLines.isEmpty()) {
      t.withTeacherEntries(teacherLines);
    }
    PriorInducer.Recipe r0 = PriorInducer.Recipe.DEFAULT;
    t.withPriorRecipe(new PriorInducer.Recipe(
        Integer.parseInt(a.getOrDefault("--prior-min-count", "" + r0.minCount())),
        Double.parseDouble(a.getOrDefault("--prior-shrink", "" + r0.shrink())),
        Boolean.parseBoolean(a.getOrDefault("--prior-fine", "" + r0.fine())),
        Boolean.parseBoolean(a.getOrDefault("--prior-confidence", "" + r0.confidence())),
        Boolean.parseBoolean(a.getOrDefault("--prior-position", "" + r0.position()))));
    t.withTeachers(Integer.parseInt(a.getOrDefault("--teachers", "1")),
        Integer.parseInt(a.getOrDefault("--teacher-shuffles", "0")),
        Integer.parseInt(a.getOrDefault("--teacher-window", "0")));
    Path corpus = a.containsKey("--corpus") ? Path.of(a.get("--corpus")) : null;
    // Self-training is part of the recipe whenever the prior's teachers tag a corpus.
    SelfTraining.Config r = SelfTraining.Config.RECIPE;
    int selfSentences = Integer.parseInt(a.getOrDefault("--self-train",
        corpus != null && c.priorTokens() > 0 ? "" + r.sentences() : "0"));
    if (selfSentences > 0) {
      t.withSelfTraining(new SelfTraining.Config(selfSentences,
          SelfTraining.Criterion.valueOf(a.getOrDefault("--self-select", r.criterion().name())
              .toUpperCase(java.util.Locale.ROOT)),
          Float.parseFloat(a.getOrDefault("--self-weight", "" + r.weight())),
          Double.parseDouble(a.getOrDefault("--self-empty", "" + r.emptyShare())),
          Boolean.parseBoolean(a.getOrDefault("--self-prior", "" + r.prior()))));
    }
    if (a.containsKey("--self-rounds")) {
      t.withSelfTrainingRounds(Integer.parseInt(a.get("--self-rounds")),
          Boolean.parseBoolean(a.getOrDefault("--self-round-prior", "true")),
          Boolean.parseBoolean(a.getOrDefault("--self-round-labels", "true")));
    }
    if (a.containsKey("--stage2-news")) {
      t.withStage2News(Integer.parseInt(a.get("--stage2-news")),
          Float.parseFloat(a.getOrDefault("--stage2-weight", "0.3")));
    }
    TrainReport report = t.train(Path.of(a.get("--train")), corpus, Path.of(a.get("--out")),
        Long.parseLong(a.getOrDefault("--seed", "42")));
    System.out.print(report.format());
    if (a.containsKey("--self-dump") && t.pseudoLog.containsKey("all")) {
      StringBuilder b = new StringBuilder();
      for (SelfTraining.Pseudo p : t.pseudoLog.get("all")) {
        for (int i = 0; i < p.words().length; i++) {
          b.append(p.words()[i]).append(' ').append(org.marsad.ner.Labels.name(p.labels()[i]))
              .append('\n');
        }
        b.append('\n');
      }
      Files.writeString(Path.of(a.get("--self-dump")), b);
    }
  }

  /** Parses "5,15,40" ("0" or "none": no second stage); null gives {@code otherwise}. */
  private static List<Integer> windows(String arg, List<Integer> otherwise) {
    if (arg == null) {
      return otherwise;
    }
    List<Integer> w = new ArrayList<>();
    for (String p : arg.split(",")) {
      if (!p.equals("0") && !p.equals("none")) {
        w.add(Integer.parseInt(p.strip()));
      }
    }
    return w;
  }

  /** Runs {@link #run}; bad input or a bad model prints one line and exits with status 2. */
  public static void main(String[] args) {
    try {
      run(args);
    } catch (RuntimeException | java.io.IOException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(2);
    }
  }
}
