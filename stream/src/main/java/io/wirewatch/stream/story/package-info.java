/**
 * Stories and development alerts.
 *
 * <h2>Data flow</h2>
 * {@link io.wirewatch.stream.StoryStage} merges accepted articles and the copies on {@code wirewatch.duplicates},
 * re-keys them to one key and repartitions them through {@code <app>-story-by-index-repartition} (ONE partition)
 * into {@link io.wirewatch.stream.story.StoryAssignProcessor}, which decides each article's story
 * ({@link io.wirewatch.stream.story.StoryAssigner}) and sends the decision, keyed by story id, through
 * {@code <app>-story-by-id-repartition} ({@code topic.partitions} partitions) to
 * {@link io.wirewatch.stream.story.StoryDevelopProcessor} ({@link io.wirewatch.stream.story.StoryDeveloper}),
 * which writes, from the same task (so they commit together under exactly_once_v2): the article with its
 * {@code storyId} to {@code wirewatch.articles} (key: article id), the alert to {@code wirewatch.alerts} (key:
 * story id), the story's {@link io.wirewatch.common.model.StorySummary} to the compacted
 * {@code wirewatch.stories} (key: story id) and, when the story is merged into another, its handoff to
 * {@code <app>-story-handoff} (key: the surviving story's id), which comes back into the develop step.
 *
 * <h2>What scales, and why one step does not</h2>
 * An article must be compared with every live story, wherever it was ingested. Keying that comparison by an
 * entity or an LSH band would let two articles of one story land in different tasks when they share no key
 * (and the tagger's entities are optional), and a story would then split; two tasks deciding at once could
 * also each open the same story, and the result would depend on timing, so replays would differ. So the
 * assignment is one task: exact, deterministic, and cheap (candidate lookup through an inverted index of at
 * most 30 terms per article and 40 stories per term, at most 12 centroids scored, bounded caches of hot
 * state). Everything per story that is expensive (sentences, facts, novelty against the story's memory,
 * summaries, the alert) runs on the story's partition and scales with partitions and instances
 * ({@code StoryCrossPartitionTest}: two instances, four partitions). Throughput of each half is printed by
 * {@link io.wirewatch.stream.story.ClusteringEvaluation}. If the assignment task itself is ever the limit:
 * shard it by language or a coarse topic, accepting that cross-shard stories split.
 *
 * <h2>Clustering</h2>
 * See {@link io.wirewatch.stream.story.StoryAssigner}: TF-IDF cosine of title + lead against each candidate
 * story's centroid, with online document frequencies (hashed buckets) plus a shipped background prior
 * ({@link io.wirewatch.stream.story.BackgroundFrequencies}); salient entities (when tagged) add {@code @name}
 * features (which rank candidates); an article must share two salient words (entities excluded) with a story,
 * pass a length-aware cosine threshold on its words, and the story must not be dormant ({@code story.dormant.after.ms}, 3 days). A headline-only
 * item joins a quiet story (silent for {@code story.quiet.after.ms}, a day, and for longer than it was active) only
 * by a closer match in words ({@code story.quiet.join.factor}, 1.25 times the join threshold), never by meaning
 * alone. An article that joins two stories by all of these
 * merges them (the other becomes an alias; its last summary says {@code mergedInto}), at once when it matches the
 * second at least 0.7 times as closely as the best, else only when {@code story.merge.bridges} (2) articles have
 * bridged the same two ({@code story-bridge-store}; see "Merging through one bridging article" below). An English
 * article that says it is another event than one a story is about ("unrelated to last week's fish kill") never joins
 * that story, and the two never merge ({@link io.wirewatch.stream.story.Disclaimers}, {@code story.disclaimers}). Ids derive from article
 * ids, times from record times. Terms are English stems without English function words; an article in another
 * language loses its own language's function words instead, which were otherwise its heaviest terms and joined any
 * two articles of that language, and is stemmed by its own language's stemmer ({@link
 * io.wirewatch.stream.story.ForeignTerms}: Lucene's lists, stopwords-iso's for 21 languages Lucene has none for, our
 * own for Macedonian, Snowball's stemmers, Stempel for Polish), so that a
 * follow-up naming the story's town in another case ("w Dębowicach") shares its term. Chinese and Japanese, written
 * without spaces, are read in overlapping pairs of characters (as Lucene's CJKBigramFilter does) and Thai by the JDK's
 * dictionary-based word breaker ({@link io.wirewatch.stream.story.TextFeatures#tokens}); Indic words keep their vowel
 * signs, which are combining marks.
 * <p>
 * Meaning as well as words ({@link io.wirewatch.stream.story.StoryEmbedder}, {@code story.embeddings}): the
 * {@code story-input-article} step embeds each article's title and lead with all-MiniLM-L6-v2 (shipped in a
 * Maven Central jar, run by ONNX Runtime in-process, ~13 ms per full article per core, on every input partition
 * in parallel) and the embedding travels with the article to the assign step, where each story keeps its 16
 * latest articles' embeddings in its centroid. An article with a lead never joins a story whose closest
 * embedding is below {@code story.embedding.min.similarity} (0.5; a headline-only item: 0.3,
 * {@code story.embedding.min.similarity.short}), however many words they share; an article
 * the words join to no story joins the candidate whose closest embedding reaches {@code story.embedding.join}
 * (0.5, headlines; chosen on the UCI calibration half) or {@code story.embedding.join.long} (0.7); such a
 * match by meaning alone never merges two stories (merging on it chained whole subjects together: calibration
 * precision fell to 0.49 at 0.5). An article with a lead whose words match a story at 1.5 times the join threshold
 * or more is not held to the meaning floor: on the full-article sets every candidate the floor turned away for
 * another event matched at 0.35 or less, while a held-out rewrite told from the residents' side (0.56 in words,
 * 0.45 in meaning) had been filed as a new story. Figures, pairwise F1: UCI report half 0.879 → 0.913 (calibration half
 * 0.836 → 0.899); full-article events (benchmark pages) 0.690 → 0.793; seeds and follow-ups unchanged.
 * Against strict event labels of the same headlines ({@code uci-news-events.tsv}, made blind; the aggregator's
 * stories are often a whole subject) the report half scores 0.808 → 0.794 (P 0.72 → 0.68, R 0.92 → 0.95): at
 * event level the stories are too broad on headlines, and the embeddings add recall, not precision. By route
 * (all 1,991 headlines, event labels): joins by every gate made 15,608 pairs, 81% within one event; joins by
 * meaning alone 2,450 pairs, 37%; merges of two stories 1,765 pairs, 26%. A higher {@code story.embedding.join}
 * (0.6-0.9) lifts the event-level report half to 0.81 for 0.02-0.03 of aggregator F1 (0.89-0.88); also requiring
 * two stories to be close in meaning before they merge (tried in code, not a setting) reaches 0.83-0.84 for
 * 0.04-0.06 (0.87-0.85). The aggregator's stories are subjects, which those joins find, so the defaults stay; a
 * user who wants stricter events can raise {@code story.embedding.join}.
 * <p>
 * What happened, not to whom ({@link io.wirewatch.stream.story.NameMask}, {@code story.action.min.similarity}). The
 * model reads the subject more than the action: the same company's, council's or town's next event (a pay deal, an
 * acquisition, a tax amnesty) sits as close in meaning to a story as its real developments do. So the input step also
 * embeds the title and lead with every name and figure left out, each story keeps its 16 latest articles' masked
 * embeddings ({@code actions} in its centroid), and an English article with a lead never joins a story whose closest
 * masked embedding is below 0.35. On blind sets 1-26 every development and rewrite that joined its story scored 0.37
 * or more against it, while 10 of the 32 look-alikes that joined a story scored less (0.00-0.34). Headline-only items
 * are exempt (too few words remain), as are articles in other languages (the model reads English). Cost: a second
 * embedding per English article on the input side; nothing measurable on the assign step.
 * <p>
 * Quiet stories. Before this rule, 19 of the 1,991 UCI headlines joined a story that had been quiet for over a
 * day, 9 of them by meaning alone; 16 of the 19 joined a story of another label (one retailer's results after
 * another's, gasoline prices after oil prices), and each then pulled the later headlines of its own story after
 * it. So a headline-only item joins a quiet story only by its words, at {@code story.quiet.join.factor} times the
 * join threshold. Quiet is relative to the story's pace: silent for {@code story.quiet.after.ms} and for longer
 * than it was active, so a story that has run for days is not quiet after one. Articles with a lead are not held to
 * it: their words say enough. On the UCI set (the sweeps are printed by
 * {@link io.wirewatch.stream.story.ClusteringEvaluation}): all pairs 0.877 → 0.901 (P 0.90 → 0.94, R 0.86 → 0.86;
 * false pairs 2,121 → 1,131), report half 0.913 → 0.919, event labels (all pairs) 0.799 → 0.821; each third of
 * the 12 days replayed on its own 0.928 / 0.926 / 0.853 → 0.928 / 0.929 / 0.853. The calibration
 * half scores 18-42 h alike (0.905-0.906) and factors 1-2 alike (0.906-0.908). What chose the factor is its cost to
 * stories that move slowly ({@link io.wirewatch.stream.story.AlertEvaluation} prints it): the seeds and the
 * follow-ups replayed one article every 25 h, as titles alone, keep F1 0.911 (in-sample) and 0.862 (held-out) up
 * to a factor of 1.25, the same as without the rule; 1.5 gives 0.881 / 0.800, 2 gives 0.849 / 0.731 (and UCI all
 * pairs 0.907). As full articles they keep 1.0 at any factor. Before the rule was limited to headlines and made
 * relative, a factor of 2 on every article split them (full articles: F1 0.31 in-sample). Caveats: the UCI set's
 * publication times are the aggregator's crawl time minus an offset of up to 36 h (see its SOURCE.md), so its time
 * spacing is partly made, not observed; and the held-out follow-ups have now been used for this choice.
 * <p>
 * Stricter events, an option ({@code story.merge.min.ratio}, default 0). Merges are where event-level precision goes
 * (above: 26% of the pairs they make are within one event). With 0.7 an article merges only the stories it matches
 * at least 0.7 times as closely as the best, and joins the best alone otherwise: event labels 0.821 → 0.853 (P 0.73
 * → 0.79), all pairs against the aggregator 0.901 → 0.901 (P 0.94 → 0.99, R 0.86 → 0.83). It is best on the
 * calibration half (0.906 → 0.909), but the report half falls (0.919 → 0.893) and so do two of the three periods
 * (0.928 / 0.929 / 0.853 → 0.917 / 0.900 / 0.860), so the default stays 0. (Measured before the bridge rule below;
 * with it and the halves scored as described there, 0.7 gives event labels 0.853 against 0.842, calibration half
 * 0.907 against 0.905, report half 0.890 against 0.907, all pairs 0.901 against 0.907.)
 * <p>
 * A reference point ({@link io.wirewatch.stream.story.BatchClusteringReference}, printed by the same command):
 * offline average-linkage clustering of the same MiniLM embeddings and title TF-IDF, which sees every article at
 * once, scores 0.834 on all pairs with its cut chosen on the calibration half (0.847 with hindsight); told
 * never to join articles more than 48 h apart, 0.911 (the same cut as with hindsight). (With the halves scored on
 * their inner pairs only, as before 2026-12-06, those cuts were chosen differently: 0.847 and 0.877.) The story
 * stage, deciding each article on arrival, scores 0.907: about what methods of this kind reach on these labels, and
 * short of 0.95.
 * Most misses left are headlines that share only a subject with their story (a week of MERS news filed as one
 * story; "Five super promising summer movies" filed with one actress's interviews); joining on a subject joins
 * unrelated events too.
 * <p>
 * How far apart the two labellings of the UCI headlines are: the event labels, scored as a clustering against the
 * aggregator's stories, reach only F1 0.831 (P 0.997, R 0.713), so two careful readings of the same headlines
 * disagree on about a quarter of the same-story pairs. Scored only on the pairs both labellings agree on (one story
 * and one event, or neither), the story stage reached F1 0.933 (P 0.929, R 0.937; 0.952 since the bridge rule below):
 * its own errors, apart from what
 * is a matter of definition. Most of its false pairs there came from merges through one bridging headline ("Lose 11
 * pounds in 4 days? A new study says..." joined a teenager's 200-pound weight loss and a diet-soda study).
 * <p>
 * Merging through one bridging article. Such a headline is more often a third event borrowing words from two
 * stories than proof that they are one. So a story the article matches less than 0.7 times as closely as its best
 * is merged only when a second article bridges the same two ({@code story.merge.bridges}, default 2; the first
 * joins its best match alone and is counted in {@code story-bridge-store}); one matched about as closely is merged at
 * once. It was first tried and rejected because the report half fell (0.919 → 0.910). That was a blind spot of the
 * halves, not of the rule: each half was scored on the pairs inside it, so a false join between an article of one
 * half and a story of the other counted against neither, and one bridge's merges are often exactly such joins.
 * Each half is now scored on every pair with at least one article in it ({@code ClusteringEvaluation.half}), so
 * all figures for the halves since 2026-12-06 are lower than before for the same clustering. Measured so, the rule
 * lifts the calibration half 0.888 → 0.905 and the report half 0.893 → 0.907; all pairs 0.901 → 0.907 (P 0.942 →
 * 0.978, R 0.862 → 0.845); event labels 0.821 → 0.842; the pairs both labellings agree on 0.933 → 0.952 (P 0.929 →
 * 0.975, R 0.937 → 0.930); the periods 0.928 / 0.929 / 0.853 → 0.921 / 0.927 / 0.855. Chosen on the calibration
 * half: the ratio (0.6: 0.890, 0.7: 0.905, 0.8: 0.891; never merging at once: 0.878) and the count (2: 0.905, 3:
 * 0.904). Every other threshold's sweep, rerun with the new halves, has its best within 0.002 of the current value
 * on the calibration half, so none moved. The full-article sets make no such merges and are unchanged.
 *
 * <h2>Merging across partitions</h2>
 * The merged story B and the story A that carries on are developed on their own partitions. B's develop task
 * publishes B's last summary and sends a {@link io.wirewatch.stream.story.StoryHandoff} (B's memory and
 * profile, key: A) to {@code <app>-story-handoff}, partitioned like {@code <app>-story-by-id-repartition}, which
 * the develop step also reads; A absorbs B's memory (within {@code story.memory.sentences}, B's entries dropped
 * first), articles, copies, outlets, entities, topics and timeline, so a later rewrite of B's facts is no
 * development in A. The article that merged names B ({@code StoryAssigned.merged}); A's task develops it only
 * after B's handoff and holds A's later records behind it ({@code story-handoff-store}), whichever of the two
 * topics it reads first, so replays agree and {@link io.wirewatch.stream.story.StoryEngine} (which hands over in
 * the same place) gives the same stories. A wait older than {@code story.retention.ms} (a handoff that can never
 * come) is released. Under exactly_once_v2 B's summary, deletion and handoff commit together.
 *
 * <h2>Developments</h2>
 * See {@link io.wirewatch.stream.story.NoveltyJudge}: only sentences carrying facts (numbers with their noun,
 * names, quotes) the story never stated can be news; they are scored with their new words, discounted by their
 * overlap with the closest known sentence; enough novelty and at least three new facts make a DEVELOPMENT whose
 * {@code whatsNew} are the 1-3 best such sentences, in article order.
 *
 * <h2>Reproduce the figures</h2>
 * <pre>
 * mvn -B -q -o -pl stream -am test-compile dependency:build-classpath -Dmdep.outputFile=$PWD/stream/target/cp.txt
 * CP="stream/target/classes:$(cat stream/target/cp.txt)"
 * java -cp "$CP" io.wirewatch.stream.story.ClusteringEvaluation \
 *      stream/src/test/resources/story/uci-news-stories-dev.jsonl.gz \
 *      ingest/src/test/resources/extraction/ground-truth.json   # 2nd argument optional
 * java -cp "$CP" io.wirewatch.stream.story.AlertEvaluation seeds stream/src/test/resources/story/followups \
 *      ingest/src/test/resources/extraction/ground-truth.json \
 *      stream/src/test/resources/story/benchmark-events.tsv      # last two optional: full-article clustering
 * java -cp "$CP" io.wirewatch.stream.story.AlertEvaluation seeds stream/src/test/resources/story/followups-heldout
 * </pre>
 * The last line replays follow-ups written blind after the thresholds were set: 8/8 developments alerted, no
 * rewrite alerted, three same-subject distractors kept apart, one rewrite filed as a new story
 * ({@code HeldOutFollowUpsTest}). On its first replay one rewrite was alerted, an analysis piece; the general
 * fixes to facts it prompted (a capital after a colon is no name, a day next to its month is one date) silence
 * it, so for the novelty judge this set is no longer unseen. Its last line scores
 * the clustering of those 27 articles (seeds included), each file's story read from its name: F1 0.969 (P 1.00,
 * R 0.94 over 66 same-story pairs) on first replay; 1.0 since the meaning floor spares strong word matches, with
 * the residents' rewrite silent since a number restated with another counted word is no new fact.
 * <p>
 * {@code followups-heldout2} ({@code HeldOutSecondSetTest}) is a second blind set, 38 articles with seven distractors
 * built to imitate a story (the same council's next vote, the same team's next match, the same company's fine, a
 * second bus crash or data breach the same day). First replay, engine: 8/8 developments alerted, 14/14 reports of
 * the same happening by other outlets silent, recall 1.0, three distractors filed in the story they imitate
 * (precision 0.84, F1 0.913); through the whole pipeline ({@code ./wirewatch replay seeds
 * stream/src/test/resources/story/followups-heldout2}) four (F1 0.881): the tagger's features of a company and its
 * boss carried the company's safety fine into the story of its mill closing. Since then the join threshold is on
 * the words alone (the entity features only rank candidates): the pipeline scores 0.913, and the full-article
 * benchmark pages 0.800 → 0.822. Events that share their subject, place, people and vocabulary are where this
 * clustering errs.
 * <p>
 * {@code followups-heldout3} ({@code HeldOutThirdSetTest}) was written blind after the bridge rule, and nothing has
 * been changed for it: 37 articles, six stories (one in French), five look-alike distractors, four unrelated items.
 * First replay, engine and whole pipeline alike: 9/9 developments alerted, 13/13 rewrites silent, recall 1.0, one
 * distractor (the probe maker's NASA contract the same week) filed in the probe's story: F1 0.961 (P 0.925) with the
 * seeds, 0.954 without.
 * <p>
 * {@code followups-heldout4} and {@code followups-heldout5} ({@code HeldOutFourthSetTest}, {@code HeldOutFifthSetTest})
 * were written blind on the last day by two writers who had not seen each other's set, two stories of each in another
 * language. First replays through the whole pipeline: F1 0.882 and 0.906 (recall 1.0 both), 17/17 developments
 * alerted, 28/28 rewrites silent, 7 of 11 look-alike distractors filed in the story they resemble (the same company's,
 * person's, institution's or coast's next happening). A rule drawn from sets 2-4 between the two replays (a full
 * article must restate one of the story's figures or dates, or be close in meaning, to join on words) scored set 5
 * lower (0.818 against 0.875 in the engine) and was dropped; docs/stories.md has the figures.
 * <p>
 * {@code followups-heldout6} ({@code HeldOutSixthSetTest}) was written blind after the publication-date gate, with an
 * Italian and a Dutch story and a development a week after its story's previous article. First replay through the
 * whole pipeline: F1 0.932 (P 0.873, R 1.0), 8/9 developments alerted (9/9 since figures with their unit written on,
 * "445p", count as facts), 13/13 rewrites silent, 2 of 6 distractors filed in the story they resemble.
 * {@code followups-heldout7} ({@code HeldOutSeventhSetTest}), written blind after the publication-time rules for
 * headlines, with a German and a Spanish story: F1 0.873 (P 0.775, R 1.0), 7/8 developments, 13/14 rewrites silent
 * (14/14 since a German noun's capital no longer marks a name), 4 of 6 distractors filed in the story they resemble.
 * {@code followups-heldout8} ({@code HeldOutEighthSetTest}), written blind with nothing changed since set 7, with a
 * Polish and a Swedish story: F1 0.892 (P 0.805, R 1.0), 8/9 developments (the Polish one raised NEW_STORY before a
 * later article merged it in), 13/13 rewrites silent, 3 of 6 distractors filed in the story they resemble.
 * {@code followups-heldout9} ({@code HeldOutNinthSetTest}), written blind after per-language stemming, with a Danish
 * and a Czech story: F1 0.892 (P 0.805, R 1.0), 9/9 developments, 12/13 rewrites silent (figures spelled out as words,
 * "four point two million pounds", read as new; 13/13 since such numbers are read as their figures), 3 of 6
 * distractors filed in the story they resemble.
 * {@code followups-heldout10} ({@code HeldOutTenthSetTest}), written blind after the number-word fix, with a Finnish
 * and a Hungarian story: F1 0.955 (P 0.913, R 1.0), 9/9 developments, 12/13 rewrites silent (a Finnish brief's names in
 * other grammatical cases, and "40 000" split at its space, read as new; 13/13 since a name is also known by its own
 * language's stem and space-grouped digits are one number), 1 of 6 distractors filed in the story it resembles.
 * {@code followups-heldout11} ({@code HeldOutEleventhSetTest}), written blind after those fixes, with a Romanian and a
 * Turkish story: F1 0.932 (P 0.873, R 1.0), 9/9 developments, 13/13 rewrites silent, 2 of 6 distractors filed in the
 * story they resemble.
 * {@code followups-heldout12} ({@code HeldOutTwelfthSetTest}), written blind after the scale-word fix, with a Norwegian
 * and a Greek story: F1 0.930 (P 0.909, R 0.952), 9/9 developments, 12/13 rewrites silent (a Norwegian explainer read
 * as English because detection split Norwegian's two written standards; 0.962 and 13/13 since they pool), 1 of 6
 * distractors filed in the story it resembles.
 * {@code followups-heldout13} ({@code HeldOutThirteenthSetTest}), written blind after the Norwegian and Croatian
 * detection fixes, with a Croatian and a Slovak story: F1 0.969 (P 0.939, R 1.0), 8/9 developments (the short one, a
 * supplier's name and a cause in words, 10.2), 12/13 rewrites silent (a Slovak explainer, 14.1), 1 of 6 distractors
 * filed in the story it resembles; left as measured.
 * {@code followups-heldout14} ({@code HeldOutFourteenthSetTest}) and {@code followups-heldout15}
 * ({@code HeldOutFifteenthSetTest}), written blind at the same time after Ukrainian lemmas ({@link UkrainianLemmas})
 * were added, with a Ukrainian and a Catalan story, and an Estonian and an Indonesian one: F1 0.961 (P 0.925) and 1.00,
 * 8/9 developments each (the short one, an event told in words), 13/13 rewrites silent each, 1 and 0 of 6 distractors
 * filed in the story they resemble; left as measured.
 * {@code followups-heldout16} ({@code HeldOutSixteenthSetTest}) and {@code followups-heldout17}
 * ({@code HeldOutSeventeenthSetTest}), written blind at the same time after those, with a Russian and an Arabic story,
 * and a Bulgarian and a Lithuanian one: F1 1.00 and 0.899 (P 0.866, R 0.935), 9/9 and 8/9 developments (set 17's court
 * order, told in other words than the breach it follows, started a story of its own), 12/13 and 9/13 rewrites silent
 * (figures with a decimal comma and the language's own thousand, "4,2 тыс.", read as new numbers; 13/13 and 11/13 since
 * {@link TextFeatures#figure} and {@link TextFeatures#scale}; set 17 12/13 through the whole pipeline since a weekday is
 * also remembered as the date it meant), 0 and 2 of 6 distractors filed in the story they resemble.
 * {@code followups-heldout18} ({@code HeldOutEighteenthSetTest}), all English, and {@code followups-heldout19}
 * ({@code HeldOutNineteenthSetTest}), with a Brazilian Portuguese and a Hebrew story, written blind at the same time
 * after those: F1 0.961 and 0.899, 9/9 and 7/9 developments (set 19's Hebrew one started a story of its own; 8/9 since
 * {@link HebrewLightStemmer}), 13/13 and 12/13 rewrites silent, 1 and 3 of 6 distractors filed in the story they resemble.
 * {@code followups-heldout20} ({@code HeldOutTwentiethSetTest}), with a Slovenian and an Afrikaans story, and
 * {@code followups-heldout21} ({@code HeldOutTwentyFirstSetTest}), with a Vietnamese and a Swahili one, written blind at
 * the same time after the function-word lists of {@link ForeignStopwords} were extended: F1 0.976 and 0.850, 8/9 and
 * 6/9 developments (set 21's three English developments told in new words started stories of their own), 12/13 and
 * 11/13 rewrites silent, 0 and 2 of 6 distractors filed in the story they resemble. {@code followups-heldout22}
 * ({@code HeldOutTwentySecondSetTest}) and {@code followups-heldout23} ({@code HeldOutTwentyThirdSetTest}), each with five
 * English stories and a Macedonian or a Persian one, developments told in other words: F1 0.962 and 0.962 through the
 * whole pipeline, 7/9 developments each (set 23's Persian one since every script's digits read as numbers), 13/13 and
 * 12/13 rewrites silent, 1 of 6 distractors each filed in the story it resembles. {@code followups-heldout24}
 * ({@code HeldOutTwentyFourthSetTest}), with a Hindi and a Serbian Cyrillic story, and {@code followups-heldout25}
 * ({@code HeldOutTwentyFifthSetTest}), all English in five countries' house styles: F1 0.874 and 0.925, 7/9 and 9/9
 * developments, 13/13 and 9/13 rewrites silent (10/13 since a number hyphenated to its words is a fact), 3 and 2 of 6
 * distractors filed in the story they resemble. {@code followups-heldout26} ({@code HeldOutTwentySixthSetTest}), two
 * Chinese, two Japanese and two English stories, written blind after Chinese and Japanese were first read in pairs of
 * characters: F1 1.00 through the whole pipeline, 5/9 developments, 12/13 rewrites silent, no distractor misfiled.
 */
package io.wirewatch.stream.story;
