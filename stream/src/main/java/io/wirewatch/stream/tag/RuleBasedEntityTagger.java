package io.wirewatch.stream.tag;

import io.wirewatch.common.model.Entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The default entity tagger: proper-noun chunking with capitalisation and context rules, a modest
 * gazetteer, and within-article alias resolution. No statistical model, no GPL code; about 0.2 ms
 * per news article (see {@code TaggingBenchmark}).
 *
 * <p>How it works, in order:
 * <ol>
 *   <li>Tokenise headline and body; mark sentence starts and "title-case" lines (headlines, section
 *       headings), where capitals carry no information.</li>
 *   <li>Chunk runs of capitalised tokens (with "of", "for", "and", "&amp;" inside when an organisation
 *       or place head word such as "Center" or "University" makes them part of a name), attaching a
 *       version number ("Mythos 5") to the name before it.</li>
 *   <li>Cut each run at gazetteer matches and at titles ("CEO", "Secretary": the name after a title is
 *       a person, a name before "CEO" an organisation), except a title inside a name ("Premier League",
 *       "Office of the Inspector General", "Attorney's Office"); end an institution name at "and" ("Sierra
 *       Nevada Corporation and SpaceX", "the Gulf of Mexico and the Bay of Bengal"); drop common English words that are capitalised
 *       only because they start a sentence or sit in a title-case line, unless the article also writes
 *       them capitalised mid-sentence.</li>
 *   <li>Vote on a type for each mention from the gazetteer, first names, titles, head words
 *       ("Inc.", "Department", "River"), version numbers, the next words ("models", "app", "-based"),
 *       appositions (", the AI company"), prepositions of place ("in X", "southwest of X"), sports
 *       context ("X's manager", "away to X": a club), role and kind nouns before a name ("singer X",
 *       "the journal X"), an age in commas (", 34,"), credit lines ("Reporting by X"), venues ("in X Center")
 *       and datelines ("BUFFALO, N.Y. —").</li>
 *   <li>Resolve aliases within the article: surnames to full names ("Jassy" → "Andy Jassy", "Van Der Beek" →
 *       "James Van Der Beek"), a model-numbered product's bare name ("Dreamliner" → "787 Dreamliner"), a family
 *       name to its one versioned product ("Mythos" → "Mythos 5"), "the Journal" to the one name ending in
 *       "Journal", acronyms to the name they abbreviate, organisation short forms ("FC Porto" → "Porto",
 *       "Tottenham" → "Tottenham Hotspur"), gazetteer aliases ("U.S." → "United States", "Minn." →
 *       "Minnesota") and misspellings (edit distance 1–2 to a more frequent name of the article: "Anthroplic").</li>
 * </ol>
 */
public final class RuleBasedEntityTagger implements EntityTagger {
    static final int PERSON = Group.PERSON, ORG = Group.ORG, LOC = Group.LOC, PRODUCT = Group.PRODUCT;
    static final String[] TYPE_NAMES = {EntityTypes.PERSON, EntityTypes.ORGANIZATION, EntityTypes.LOCATION,
            EntityTypes.PRODUCT};

    /** Lower-case words that may sit inside a name when a head word makes it an institution or place. */
    static final Set<String> CONNECTORS = Set.of("of", "for", "and", "&", "de", "del", "da", "der", "von",
            "van", "the", "a", "on", "la", "le", "du", "al", "y");
    /** Final words that make a name an organisation. */
    private static final Set<String> ORG_SUFFIXES = Set.of("inc", "inc.", "corp", "corp.", "corporation", "ltd",
            "ltd.", "llc", "plc", "co.", "company", "group", "holdings", "gmbh", "ag", "sa", "s.a.", "n.v.", "lp",
            "llp", "labs", "technologies", "systems", "partners", "capital", "ventures", "pharmaceuticals",
            "airlines", "airways", "motors", "sports", "bancorp", "bank", "fund", "trust", "media", "entertainment",
            "studios", "records", "games", "software", "networks", "communications", "energy", "foods", "brands",
            "industries", "enterprises", "solutions", "therapeutics", "biosciences", "health", "insurance");
    /** Words anywhere in a name that make it an institution. */
    private static final Set<String> ORG_HEADS = Set.of("university", "college", "school", "institute", "academy",
            "department", "ministry", "agency", "administration", "commission", "committee", "council", "board",
            "bureau", "office", "authority", "association", "federation", "union", "league", "society", "foundation",
            "center", "centre", "party", "court", "congress", "senate", "parliament", "assembly", "army", "navy",
            "force", "forces", "police", "guard", "journal", "times", "post", "news", "herald", "tribune", "gazette",
            "press", "magazine", "review", "telegraph", "observer", "reserve", "exchange", "organization",
            "organisation", "corps", "club", "fc", "hospital", "clinic", "church", "service", "services",
            "regulations", "coalition", "alliance", "movement", "institution", "laboratory", "lab", "network",
            "courier", "examiner", "inquirer", "sentinel", "dispatch", "register", "chronicle", "bulletin", "enquirer",
            "courant", "ledger",
            "channel", "radio", "television", "tv", "bank", "group", "directorate", "brotherhood", "agence");
    /** Final words that make a name a place. */
    private static final Set<String> LOC_HEADS = Set.of("river", "lake", "mountain", "mountains", "mount", "island",
            "islands", "street", "avenue", "road", "boulevard", "square", "county", "province", "city", "valley",
            "bay", "ocean", "sea", "gulf", "strait", "coast", "peninsula", "desert", "park", "airport", "harbor",
            "harbour", "port", "canyon", "beach", "district", "region", "state", "heights", "hills", "springs",
            "falls", "bridge", "canal", "creek", "wharf", "pier", "reef", "glacier", "inlet", "lagoon", "plaza", "ridge");
    /** Words after a name that say it is a product. */
    private static final Set<String> PRODUCT_NEXT = Set.of("model", "models", "app", "apps", "chatbot", "chatbots",
            "assistant", "smartphone", "smartphones", "phone", "phones", "handset", "device", "devices", "software",
            "chip", "chips", "processor", "processors", "console", "browser", "headset", "laptop", "laptops",
            "tablet", "vehicle", "vehicles", "suv", "sedan", "drug", "vaccine", "jet", "jets", "aircraft",
            "missile", "missiles", "engine", "update", "release", "version", "beta", "subscription", "family",
            "series", "line", "chatbot's", "llm", "llms", "lander", "landers", "rover", "spacecraft", "probe",
            "telescope", "rocket", "rockets", "capsule", "mission", "missions", "drone", "drones", "satellite",
            "satellites", "keyboard", "port", "game", "games");
    private static final Set<String> PRODUCT_HYPHEN = Set.of("class", "series", "family", "powered", "generated",
            "like", "style", "level", "tier");
    private static final Set<String> ORG_HYPHEN = Set.of("backed", "owned", "led", "made", "funded", "run",
            "controlled", "affiliated", "linked", "built", "developed");
    private static final Set<String> LOC_HYPHEN = Set.of("based", "born", "area", "headquartered", "bound");
    /** Prepositions that put a place after them. */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "from", "near", "across", "throughout",
            "outside", "inside", "around", "towards", "toward", "into");
    /** Lower-case place nouns after a name ("the Hoa Lo prison", "Heathrow airport"). */
    private static final Set<String> PLACE_NEXT = Set.of("prison", "airport", "river", "lake", "island", "province",
            "region", "county", "city", "town", "village", "valley", "bay", "street", "square", "stadium", "border",
            "coast", "district", "capital", "peninsula", "mountains", "strait", "neighborhood", "neighbourhood",
            // a building or venue is where something happens ("the Elmwood Suites hotel"); a town has its police
            "hotel", "motel", "resort", "arena", "mall", "casino", "police");
    /** Words after a single name that make it a person's ("the Trump administration"). */
    private static final Set<String> PERSON_OWNED = Set.of("administration", "campaign", "presidency", "era",
            "government", "family", "cabinet", "doctrine", "camp", "allies", "aide", "aides");
    /** Words before "of" that put a place after it ("southwest of Ithaca"). */
    private static final Set<String> DIRECTIONS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "outskirts", "suburbs", "outside");
    /**
     * Words after a name (also after "'s") that make it a sports club: "Tottenham's manager", "the Hawks coach".
     * A club shares its name with a place or a person often enough that only this context tells them apart.
     */
    private static final Set<String> TEAM_NEXT = Set.of("manager", "boss", "coach", "striker", "midfielder",
            "defender", "goalkeeper", "winger", "defenseman", "goalie", "quarterback", "pitcher", "fans",
            "supporters", "squad", "teammates", "shirt", "jersey", "dugout");
    private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "wrote", "added", "argued",
            "posted", "tweeted", "testified", "explained", "noted", "insisted", "recalled", "asked", "warned");
    /** Titles that tie the name before them to an organisation ("Amazon CEO"). */
    private static final Set<String> ORG_ROLE_TITLES = Set.of("ceo", "cfo", "cto", "coo", "chief", "founder",
            "administrator", "commissioner",
            "cofounder", "co-founder", "chairman", "chairwoman", "chair", "president", "spokesman", "spokeswoman",
            "spokesperson", "executive", "director", "head", "analyst", "economist", "manager", "officer");
    private static final Set<String> APPOSITION_ORG = Set.of("company", "firm", "startup", "start-up", "maker",
            "giant", "lab", "developer", "group", "agency", "organization", "organisation", "publisher", "outlet",
            "newspaper", "bank", "retailer", "carrier", "manufacturer", "provider", "conglomerate", "insurer",
            "automaker", "chipmaker", "broadcaster", "network", "nonprofit", "charity", "party", "regulator",
            "lender", "operator", "airline", "university", "institute", "think", "tank");
    private static final Set<String> APPOSITION_PRODUCT = Set.of("model", "chatbot", "product", "app", "tool",
            "platform", "service", "assistant", "device", "phone", "smartphone", "drug", "vaccine", "game");
    private static final Set<String> APPOSITION_PERSON = Set.of("fellow", "executive", "founder", "spokesman",
            "spokeswoman", "spokesperson", "analyst", "professor", "researcher", "official", "senator", "lawmaker",
            "director", "chief", "capitalist", "investor", "author", "reporter", "economist", "lawyer", "member",
            "minister", "president", "ceo", "former", "veteran", "scientist", "engineer", "actor", "actress",
            "singer", "writer", "journalist", "leader", "chairman", "head", "partner", "secretary", "governor",
            "candidate", "man", "woman", "aide", "adviser", "advisor", "attorney", "judge",
            "who", "whose");
    private static final Set<String> APPOSITION_PLACE = Set.of("city", "country", "state", "region", "town",
            "village", "province", "capital", "island", "nation", "county");

    /**
     * Government titles whose portfolio is named around them: "Press Secretary", "Foreign Minister",
     * "Secretary of State", "Minister of Foreign Affairs".
     */
    private static final Set<String> PORTFOLIO_TITLES = Set.of("secretary", "minister", "ministers",
            "representative", "czar", "adviser", "advisor");
    /** Words naming a portfolio; next to a government title they are part of the title, not of a name. */
    private static final Set<String> PORTFOLIO_WORDS = Set.of("state", "defense", "defence", "foreign", "interior",
            "home", "justice", "finance", "treasury", "commerce", "trade", "health", "education", "energy", "labor",
            "labour", "agriculture", "transportation", "transport", "housing", "homeland", "security", "press",
            "communications", "veterans", "affairs", "environment", "culture", "economy", "economic", "war",
            "national", "development", "information", "intelligence", "immigration", "climate", "digital", "cabinet",
            "prime", "deputy", "assistant", "under", "acting", "general");
    /** Lower-case role nouns right before a name make it a person's: "singer Ally Brooke", "co-author X". */
    private static final Set<String> PERSON_ROLE_BEFORE = Set.of("singer", "actor", "actress", "rapper",
            "comedian", "presenter", "star", "author", "co-author", "coauthor", "writer", "novelist", "poet",
            "historian", "geologist", "scientist", "astronomer", "physicist", "biologist", "chemist", "researcher",
            "professor", "economist", "analyst", "lawyer", "attorney", "judge", "judges", "reporter", "journalist",
            "columnist", "photographer", "player", "players", "teammate", "teammates", "forward", "defender",
            "midfielder", "striker", "goalkeeper", "pitcher", "quarterback", "coach", "student", "teacher", "doctor",
            "nurse", "activist", "candidate", "voter", "resident", "businessman", "businesswoman", "entrepreneur",
            "investor", "designer", "artist", "musician", "producer", "filmmaker", "director", "spokesman",
            "spokeswoman", "spokesperson", "lawmaker", "senator", "congressman", "congresswoman",
            "officer", "detective", "suspect", "victim", "widow", "wife", "husband", "son", "daughter", "brother",
            "sister", "mother", "father", "colleague", "friend", "boyfriend", "girlfriend", "pastor", "priest",
            "dancer", "chef", "pilot", "driver", "engineer", "founder", "cofounder", "co-founder",
            "veteran", "soldier", "sergeant", "inmate", "prisoner", "hostage", "defendant", "plaintiff");
    /** Lower-case kinds of organisation right before a name: "the journal Nature Astronomy", "retailer Target". */
    private static final Set<String> ORG_KIND_BEFORE = Set.of("journal", "newspaper", "magazine", "tabloid",
            "broadcaster", "outlet", "agency", "company", "firm", "startup", "start-up", "airline", "carrier", "bank",
            "lender", "insurer", "automaker", "carmaker", "retailer", "chipmaker", "publisher", "studio", "label",
            "conglomerate", "nonprofit", "charity", "regulator", "group", "club", "team", "party", "university",
            "supplier", "manufacturer", "maker", "developer", "website", "site", "network", "channel", "daily",
            "weekly", "union");
    /** Last words of sports and concert venues. */
    private static final Set<String> VENUE_HEADS = Set.of("center", "centre", "arena", "garden", "gardens",
            "stadium", "field", "coliseum", "dome", "ballpark", "speedway", "raceway", "amphitheater", "amphitheatre");
    /** Particles that start a surname: "Van Der Beek", "de la Cruz", "bin Salman". */
    private static final Set<String> SURNAME_PARTICLES = Set.of("van", "von", "de", "der", "den", "da", "del",
            "della", "di", "la", "le", "bin", "ibn", "al", "el", "ter", "ten", "dos", "das");
    /** Words before "by" that credit a person: "Reporting by", "Editing by", "photographed by". */
    private static final Set<String> CREDIT_WORDS = Set.of("reporting", "editing", "writing", "reported", "edited",
            "written", "compiled", "photographed", "photo", "photos", "illustration", "directed", "narrated",
            "authored", "co-written", "interview", "interviewed");
    /** Capitalised words that name a variant of the product before them: "MacBook Pro", "Xbox One X" stays whole. */
    private static final Set<String> PRODUCT_VARIANTS = Set.of("Pro", "Air", "Max", "Mini", "Plus", "Ultra",
            "Lite", "Studio", "SE", "XL", "XR", "XS", "Neo", "Edge", "Prime", "One", "Go");
    /** Capitalised device nouns that end a product name: "Magic Keyboard", "Surface Laptop", "Galaxy Buds". */
    private static final Set<String> PRODUCT_HEADS = Set.of("keyboard", "mouse", "trackpad", "pencil", "laptop",
            "tablet", "buds", "earbuds", "airpods", "speaker", "headset", "console", "router", "smartwatch",
            "phone", "camera");

    private final Lexicon lex;

    public RuleBasedEntityTagger() {
        this(Lexicon.defaults());
    }

    public RuleBasedEntityTagger(Lexicon lexicon) {
        this.lex = lexicon;
    }

    /** Per-article working state. */
    private final class Doc {
        final List<Token> tokens = new ArrayList<>();
        int titleEnd;
        int leadEnd;
        boolean[] titleCaseLine;
        final Set<String> reliableCaps = new HashSet<>();
        final Set<String> lowercaseWords = new HashSet<>();
        final List<Mention> mentions = new ArrayList<>();

        Doc(String title, String body) {
            int next = 0;
            if (title != null && !title.isBlank()) {
                next = Tokenizer.tokenizeInto(title.replace('\n', ' '), 0, true, tokens);
            }
            titleEnd = tokens.size();
            int lines = Tokenizer.tokenizeInto(body, next, true, tokens);
            // The lead: the first ~60 words of the body weigh more for salience.
            int words = 0;
            leadEnd = tokens.size();
            for (int i = titleEnd; i < tokens.size(); i++) {
                if (tokens.get(i).isWord() && ++words > 60) {
                    leadEnd = i;
                    break;
                }
            }
            titleCaseLine = new boolean[lines + 1];
            markTitleCaseLines();
            for (Token t : tokens) {
                if (!t.isWord()) continue;
                if (t.isCapitalised()) {
                    if (!t.sentenceStart() && !titleCaseLine[t.line()]) reliableCaps.add(nameText(t));
                } else {
                    lowercaseWords.add(t.lower());
                }
            }
        }

        /** A line is title-case when nearly all its content words are capitalised (headlines, headings). */
        private void markTitleCaseLines() {
            int i = 0;
            while (i < tokens.size()) {
                int line = tokens.get(i).line();
                int caps = 0, lower = 0, words = 0;
                int j = i;
                for (; j < tokens.size() && tokens.get(j).line() == line; j++) {
                    Token t = tokens.get(j);
                    if (!t.isWord() || !Character.isLetter(t.text().charAt(0))) continue;
                    words++;
                    if (t.isCapitalised()) caps++;
                    else if (!CONNECTORS.contains(t.text()) && !SMALL_WORDS.contains(t.text())) lower++;
                }
                // a parenthesised line is a credit or a note, not a headline: "(Reporting by Will Dunham; Editing by ...)"
                boolean parenthesised = tokens.get(i).is("(");
                titleCaseLine[line] = !parenthesised && words >= 2 && caps >= 2 && lower <= (words >= 8 ? 1 : 0);
                i = j;
            }
        }

        /** An ordinary word: in the dictionary, written in lower case elsewhere in this article, or built like one. */
        boolean isCommon(String w) {
            Boolean known = commonCache.get(w);
            if (known != null) return known;
            boolean common = computeCommon(w);
            commonCache.put(w, common);
            return common;
        }

        private final Map<String, Boolean> commonCache = new HashMap<>();

        private boolean computeCommon(String w) {
            if (lex.isCommonWord(w)) return true;
            String lower = w.toLowerCase(Locale.ROOT);
            if (lowercaseWords.contains(lower) || lowercaseWords.contains(lower + "s")
                    || lower.endsWith("s") && lowercaseWords.contains(lower.substring(0, lower.length() - 1))) {
                return true;
            }
            if (lower.endsWith("s") && lex.isCommonWord(lower.substring(0, lower.length() - 1))) return true;
            for (String suffix : COMMON_SUFFIXES) if (lower.length() > suffix.length() + 3 && lower.endsWith(suffix)) return true;
            return false;
        }

        boolean unreliable(Token t) {
            return t.sentenceStart() || titleCaseLine[t.line()];
        }

        double weight(int index) {
            if (index < titleEnd) return 3.0;
            if (index < leadEnd) return 2.0;
            return 1.0;
        }
    }

    /** Word endings of ordinary English derivations the dictionary may lack ("stakeholders", "regulatory"). */
    private static final List<String> COMMON_SUFFIXES = List.of("holder", "holders", "ness", "ments", "tions",
            "ities", "ingly", "ously", "ically", "ization", "izations", "isation");

    private static final Set<String> SMALL_WORDS = Set.of("to", "in", "on", "at", "by", "with", "from", "as", "or",
            "vs", "vs.", "is", "an", "its", "into", "over", "after", "amid", "how", "why", "what");

    @Override
    public List<Entity> tag(String title, String body) {
        Doc doc = new Doc(title == null ? "" : title, body == null ? "" : body);
        findMentions(doc);
        List<Group> groups = resolve(doc);
        return EntityOutput.toEntities(groups);
    }

    // ---------------------------------------------------------------- chunking

    private void findMentions(Doc doc) {
        List<Token> toks = doc.tokens;
        int i = 0;
        while (i < toks.size()) {
            Token t = toks.get(i);
            if (!t.isCapitalised()) {
                if (isLowerModelCode(t) && i + 1 < toks.size() && PRODUCT_NEXT.contains(toks.get(i + 1).lower())) {
                    // "777x jets", "320neo aircraft": a model code before a product noun, written in lower case
                    Mention m = new Mention(t.text(), i, i + 1, doc.weight(i));
                    m.votes[PRODUCT] += 4;
                    doc.mentions.add(m);
                } else if (isOrdinal(t) && i + 1 < toks.size() && toks.get(i + 1).isCapitalised()
                        && LOC_HEADS.contains(toks.get(i + 1).lower()) && toks.get(i + 1).line() == t.line()) {
                    // "6th Avenue", "42nd Street": a numbered street
                    Mention m = new Mention(t.text() + " " + toks.get(i + 1).text(), i, i + 2, doc.weight(i));
                    m.votes[LOC] += 4;
                    contextVotes(doc, m);
                    doc.mentions.add(m);
                    i += 2;
                    continue;
                }
                i++;
                continue;
            }
            int dateline = datelineEnd(doc, i);
            if (dateline > i) {
                i = dateline;
                continue;
            }
            int end = runEnd(doc, i);
            splitRun(doc, i, end);
            i = end;
        }
    }

    /**
     * "BUFFALO, N.Y. —", "SAN JOSE, Calif. (AP) —": words in capitals opening a body line, then a comma and a place
     * or a dash or parenthesis, are a dateline, and a dateline names a place. Emits it and returns the end of the
     * capitals, or {@code start} when the line does not open with a dateline (a known place is left to the gazetteer).
     */
    private int datelineEnd(Doc doc, int start) {
        List<Token> toks = doc.tokens;
        if (start < doc.titleEnd || start > doc.titleEnd && toks.get(start - 1).line() == toks.get(start).line()) {
            return start;
        }
        int j = start;
        while (j < toks.size() && j - start < 4 && toks.get(j).isWord() && toks.get(j).isAllCaps()
                && toks.get(j).text().length() >= 2 && toks.get(j).line() == toks.get(start).line()) j++;
        if (j == start || j >= toks.size() || j - start == 1 && toks.get(start).text().length() < 4) return start;
        Token after = toks.get(j);
        boolean dash = after.is("\u2014") || after.is("\u2013") || after.is("-") || after.is("(");
        boolean commaPlace = after.is(",") && j + 1 < toks.size() && toks.get(j + 1).isCapitalised()
                && (j + 2 >= toks.size() || !toks.get(j + 2).isWord() || toks.get(j + 2).line() != after.line());
        if (!dash && !commaPlace) return start;
        if (gazetteer(key(toks, start, j)) != null || lex.isNonEntity(toks.get(start).text())) return start;
        Mention m = new Mention(titleCase(key(toks, start, j)), start, j, doc.weight(start));
        m.votes[LOC] += 5;
        doc.mentions.add(m);
        return j;
    }

    /** End (exclusive) of the run of name tokens starting at {@code start}. */
    private int runEnd(Doc doc, int start) {
        List<Token> toks = doc.tokens;
        int line = toks.get(start).line();
        int j = start;
        while (j < toks.size()) {
            Token t = toks.get(j);
            if (t.line() != line) break;
            if (j > start && hyphenSuffix(toks.get(j - 1)) != null) break;
            if (t.isCapitalised()) {
                j++;
                continue;
            }
            // "Martha's Vineyard"-style names with a place head word after the possessive: "Dawson's Creek",
            // "St. John's River" (not "Britain's Parliament": an institution head stays with the title rule below)
            if (j > start && t.kind() == Token.Kind.POSSESSIVE && j + 1 < toks.size() && toks.get(j + 1).line() == line
                    && toks.get(j + 1).isCapitalised() && LOC_HEADS.contains(toks.get(j + 1).lower())
                    && !lex.isTitle(toks.get(j - 1).text())
                    && gazetteer(nameText(toks.get(j - 1))) == null) {
                j += 2;
                continue;
            }
            // "U.S. Attorney's Office", "the Sheriff's Department": a title's office is one institution name
            if (j > start && t.kind() == Token.Kind.POSSESSIVE && j + 1 < toks.size() && toks.get(j + 1).line() == line
                    && toks.get(j + 1).isCapitalised() && ORG_HEADS.contains(toks.get(j + 1).lower())
                    && lex.isTitle(toks.get(j - 1).text())) {
                j += 2;
                continue;
            }
            if (j > start && t.kind() == Token.Kind.NUMBER && t.text().length() <= 4
                    && toks.get(j - 1).isCapitalised() && !t.text().contains(".") || j > start && isVersion(t)
                    && toks.get(j - 1).isCapitalised()) {
                j++;
                break; // a version number closes the name: "Mythos 5"
            }
            if (j > start && t.isWord() && CONNECTORS.contains(t.text()) || t.is("&")) {
                int k = j;
                while (k < toks.size() && k - j < 2 && toks.get(k).line() == line
                        && (CONNECTORS.contains(toks.get(k).text()) || toks.get(k).is("&"))) k++;
                if (k < toks.size() && toks.get(k).line() == line && toks.get(k).isCapitalised()) {
                    j = k;
                    continue;
                }
            }
            break;
        }
        // drop trailing connectors
        while (j > start && !toks.get(j - 1).isCapitalised() && toks.get(j - 1).kind() != Token.Kind.NUMBER
                && !isVersion(toks.get(j - 1))) j--;
        return Math.max(j, start + 1);
    }

    /** Two to four digits and then one to three letters: "777x", "320neo" (not "1990s", "10th", "5pm", "4k"). */
    static boolean isLowerModelCode(Token t) {
        String s = t.text();
        int d = 0;
        while (d < s.length() && Character.isDigit(s.charAt(d))) d++;
        if (d < 2 || d > 4 || s.length() - d < 1 || s.length() - d > 3) return false;
        for (int k = d; k < s.length(); k++) if (!Character.isLetter(s.charAt(k))) return false;
        String tail = s.substring(d).toLowerCase(Locale.ROOT);
        return !Set.of("s", "th", "st", "nd", "rd", "pm", "am", "k", "m", "bn", "mm", "cm", "km", "kg", "mb", "gb", "tb",
                "fps", "p", "hz", "mph", "ft", "in", "lb", "lbs", "mg", "ml", "g").contains(tail);
    }

    /** "6th", "42nd", "1st", "23rd". */
    static boolean isOrdinal(Token t) {
        String s = t.text();
        int d = 0;
        while (d < s.length() && Character.isDigit(s.charAt(d))) d++;
        if (d == 0 || d > 3) return false;
        String tail = s.substring(d);
        return tail.equals("th") || tail.equals("st") || tail.equals("nd") || tail.equals("rd");
    }

    /** Three or four digits that are not a year: an aircraft or device model number. */
    private static boolean isModelNumber(Token t) {
        String s = t.text();
        if (t.kind() != Token.Kind.NUMBER || s.length() < 3 || s.length() > 4 || s.contains(".")) return false;
        int v = Integer.parseInt(s);
        return !(v >= 1800 && v <= 2100);
    }

    private static boolean isVersion(Token t) {
        String s = t.text();
        if (s.isEmpty() || s.length() > 6 || !Character.isDigit(s.charAt(0))) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '.') return false;
        }
        return true; // 5, 4o, 3.5, 11
    }

    /** The name part of a token: "Mythos" for "Mythos-class", "Francisco" for "Francisco-based". */
    static String nameText(Token t) {
        String s = t.text();
        int h = s.indexOf('-');
        if (h > 0 && hyphenSuffix(t) != null) return s.substring(0, h);
        return s;
    }

    /** The lower-case tail of a hyphenated name token ("based" in "Francisco-based"), else null. */
    static String hyphenSuffix(Token t) {
        if (t.kind() != Token.Kind.WORD) return null;
        String s = t.text();
        int h = s.indexOf('-');
        if (h <= 0 || !Character.isUpperCase(s.charAt(0))) return null;
        String tail = s.substring(h + 1);
        if (tail.isEmpty() || !Character.isLowerCase(tail.charAt(0))) return null;
        return tail.toLowerCase(Locale.ROOT);
    }

    /** Cuts one run at titles, then at gazetteer matches unless a head word holds it together; emits mentions. */
    private void splitRun(Doc doc, int start, int end) {
        List<Token> toks = doc.tokens;
        int segStart = start;
        boolean afterTitle = start > 0 && lex.isTitle(toks.get(start - 1).text()) && toks.get(start - 1).isWord();
        for (int i = start; i < end; i++) {
            Token t = toks.get(i);
            if (t.isWord() && lex.isTitle(t.text()) && !lex.isFirstName(t.text()) && gazetteerMatch(doc, i, end) == i
                    && !titleInsideName(toks, start, i, end) && !surnameLikeTitle(toks, segStart, i, end)
                    && !titleEndsPlaceName(doc, segStart, i, end)) {
                int segEnd = i;
                boolean portfolio = PORTFOLIO_TITLES.contains(t.lower());
                // "White House Press Secretary", "U.S. Defense Secretary": the portfolio belongs to the title
                while (portfolio && segEnd > segStart + 1 && PORTFOLIO_WORDS.contains(toks.get(segEnd - 1).lower())) {
                    segEnd--;
                }
                splitSegment(doc, segStart, segEnd, afterTitle, t.text());
                afterTitle = true;
                segStart = i + 1;
                // "Secretary of State Mike Pompeo", "Minister of Foreign Affairs Wang Yi": skip the portfolio
                if (portfolio) {
                    int k = segStart;
                    while (k < end && (toks.get(k).is("of") || toks.get(k).is("for") || toks.get(k).is("the")
                            || toks.get(k).is("and") || PORTFOLIO_WORDS.contains(toks.get(k).lower()))) k++;
                    if (k > segStart && k < end && toks.get(k - 1).isCapitalised()) segStart = k;
                    else if (k == end && k > segStart) segStart = end;
                }
            }
        }
        splitSegment(doc, segStart, end, afterTitle, null);
    }

    /**
     * "the Sioux Falls Argus Leader": a title word (not a corporate role like "CEO") ending a run after a place and
     * a further name word is the last word of a newspaper-style name, not the title of a person.
     */
    private boolean titleEndsPlaceName(Doc doc, int segStart, int i, int end) {
        List<Token> toks = doc.tokens;
        if (i != end - 1 || i - segStart < 2 || ORG_ROLE_TITLES.contains(toks.get(i).lower())) return false;
        if (placeInsideLongerName(doc, segStart, i)) return true;
        // a place held by its head word ("Sioux Falls", "Kansas City") and then a word that is not a first name
        for (int k = segStart + 1; k < i - 1; k++) {
            if (LOC_HEADS.contains(toks.get(k).lower()) && toks.get(k).isCapitalised()) {
                for (int x = segStart; x < i; x++) {
                    Token t = toks.get(x);
                    if (!t.isCapitalised() || lex.isFirstName(nameText(t))) return false;
                }
                return true;
            }
        }
        return false;
    }

    /**
     * "Kevin King", "Jane Bishop": a title word right after a first name, ending the name, is a surname
     * ("Virginia Governor Ralph Northam" still cuts, as a name follows the title).
     */
    private boolean surnameLikeTitle(List<Token> toks, int segStart, int i, int end) {
        return i > segStart && lex.isFirstName(nameText(toks.get(i - 1)))
                && (i + 1 >= end || !toks.get(i + 1).isCapitalised());
    }

    /**
     * A title word that is part of a name, not a person's title: before an institution head ("Premier League",
     * "Chief Executive Office"), or after "Office of"-style words when no name follows it ("Office of the
     * Inspector General", "Office of the Director of National Intelligence"; but "Department of Justice Inspector
     * General Michael Horowitz" still cuts before the person).
     */
    private boolean titleInsideName(List<Token> toks, int start, int i, int end) {
        if (i + 1 < end && isInstitutionHead(toks.get(i + 1).lower())) return true;
        if (i + 2 < end && toks.get(i + 1).kind() == Token.Kind.POSSESSIVE) return true; // "Attorney's Office"
        boolean headOf = false;
        for (int k = start + 1; k < i; k++) {
            String w = toks.get(k).text();
            if ((w.equals("of") || w.equals("for")) && ORG_HEADS.contains(toks.get(k - 1).lower())) headOf = true;
        }
        if (!headOf) return false;
        for (int k = i + 1; k < end; k++) {
            Token t = toks.get(k);
            if (!t.isCapitalised()) return true; // "Director of ...": the name goes on
            if (!t.isWord() || !lex.isTitle(t.text())) return false;
        }
        return true;
    }

    private static boolean isInstitutionHead(String lower) {
        return ORG_HEADS.contains(lower) || ORG_SUFFIXES.contains(lower);
    }

    /**
     * "Hong Kong Stock Exchange", "Diplomatic Academy of Vietnam": a name with an institution head word is one
     * organisation even when it contains a gazetteer place. Otherwise gazetteer names are cut out of the run.
     */
    private void splitSegment(Doc doc, int from, int to, boolean afterTitle, String titleAfter) {
        if (from >= to) return;
        List<Token> toks = doc.tokens;
        // "Manchester United and Real Madrid": without a head word, "and"/"of" separate names
        if (hasConnector(toks, from, to) && !hasHead(toks, from, to)) {
            int s = from;
            for (int k = from; k <= to; k++) {
                if (k == to || !toks.get(k).isCapitalised() && !isVersion(toks.get(k))) {
                    if (k > s) splitSegment(doc, s, k, afterTitle && s == from, k == to ? titleAfter : null);
                    s = k + 1;
                }
            }
            return;
        }
        // "Sierra Nevada Corporation and SpaceX": a complete institution name before "and" ends there
        // (not "Department of Health and Human Services", whose first part has its own "of"); and "and the"
        // always starts another name ("the Gulf of Mexico and the Bay of Bengal")
        for (int k = from + 1; k < to - 1; k++) {
            Token t = toks.get(k);
            if (!t.is("and") && !t.is("&")) continue;
            if (t.is("and") && toks.get(k + 1).is("the") || !hasWordConnector(toks, from, k) && isInstitutionHead(nameText(toks.get(k - 1)).toLowerCase(Locale.ROOT))
                    || t.is("and") && listOfTwoNames(toks, from, k, to)) {
                splitSegment(doc, from, k, afterTitle, null);
                splitSegment(doc, k + 1, to, false, titleAfter);
                return;
            }
        }
        if (to - from >= 2 && heldByHead(toks, from, to) && gazetteerMatch(doc, from, to) != to) {
            emitSegment(doc, from, to, afterTitle, titleAfter);
            return;
        }
        if (titleAfter == null && to - from >= 2 && placeInsideLongerName(doc, from, to)) {
            emitSegment(doc, from, to, afterTitle, null);
            return;
        }
        int segStart = from;
        int i = from;
        while (i < to) {
            int g = gazetteerMatch(doc, i, to);
            if (g > i) {
                emitSegment(doc, segStart, i, afterTitle, null);
                Lexicon.Gazetteered hit = gazetteer(key(toks, i, g));
                int v = g;
                while (v < to && EntityTypes.PRODUCT.equals(hit.type()) && PRODUCT_VARIANTS.contains(nameText(toks.get(v)))) v++;
                if (v > g) {
                    // "MacBook Pro", "MacBook Air": a product line is its own product, not the family name plus a word
                    Mention m = new Mention(key(toks, i, v), i, v, doc.weight(i));
                    m.votes[PRODUCT] += 6;
                    contextVotes(doc, m);
                    doc.mentions.add(m);
                    afterTitle = false;
                    i = v;
                    segStart = v;
                    continue;
                }
                emitGazetteer(doc, i, g, hit);
                afterTitle = false;
                i = g;
                segStart = g;
                continue;
            }
            i++;
        }
        emitSegment(doc, segStart, to, afterTitle, titleAfter);
    }

    /**
     * "Wistron and Global Lighting Technologies": when the head word after "and" already closes a name of three
     * or more words, the words before "and" are a name of their own, listed with it. "Procter and Gamble Co.",
     * "Marks and Spencer Group" (short second part) and "Bill and Melinda Gates Foundation" (a first name before
     * "and") stay one name.
     */
    private boolean listOfTwoNames(List<Token> toks, int from, int and, int to) {
        if (to - (and + 1) < 3 || hasWordConnector(toks, from, and) || hasWordConnector(toks, and + 1, to)) return false;
        if (lex.isFirstName(nameText(toks.get(from)))) return false;
        return isInstitutionHead(nameText(toks.get(to - 1)).toLowerCase(Locale.ROOT));
    }

    /**
     * "Manchester United", "Real Madrid", "Boston Globe": one gazetteer place with, mid-sentence, more capitalised
     * words that are not gazetteer names is part of a longer name (a club, company or paper), not a place. Runs
     * before a title ("U.S. Defense Secretary") keep the usual cut.
     */
    private boolean placeInsideLongerName(Doc doc, int from, int to) {
        List<Token> toks = doc.tokens;
        if (doc.unreliable(toks.get(from)) || doc.titleCaseLine[toks.get(from).line()]) return false;
        boolean place = false, other = false;
        int k = from;
        while (k < to) {
            Token t = toks.get(k);
            if (!t.isCapitalised() || lex.isNonEntity(nameText(t))) return false;
            int g = gazetteerMatch(doc, k, to);
            if (g > k) {
                Lexicon.Gazetteered hit = gazetteer(key(toks, k, g));
                if (hit == null || !EntityTypes.LOCATION.equals(hit.type()) || place) return false;
                place = true;
                k = g;
            } else {
                other = true;
                k++;
            }
        }
        return place && other;
    }

    /** The last word, or the word before "of"/"for" ("of" only for places), is an institution or place head word. */
    private static boolean heldByHead(List<Token> toks, int from, int to) {
        String last = nameText(toks.get(to - 1)).toLowerCase(Locale.ROOT);
        if (ORG_HEADS.contains(last) || ORG_SUFFIXES.contains(last) || LOC_HEADS.contains(last)) return true;
        for (int k = from + 1; k < to - 1; k++) {
            String w = toks.get(k).text();
            if ((w.equals("of") || w.equals("for")) && ORG_HEADS.contains(toks.get(k - 1).lower())) {
                return true;
            }
            // "Gulf of Mexico", "Bay of Bengal", "District of Columbia": a place head before "of"
            if (w.equals("of") && LOC_HEADS.contains(toks.get(k - 1).lower()) && toks.get(k - 1).isCapitalised()) {
                return true;
            }
        }
        return false;
    }

    /** End of the longest gazetteer match starting at i within [i, end), or i when none. */
    private int gazetteerMatch(Doc doc, int i, int end) {
        List<Token> toks = doc.tokens;
        int max = Math.min(end, i + lex.maxGazetteerTokens());
        for (int j = max; j > i; j--) {
            // a match may not cut a hyphenated name token in the middle of the run
            String k = key(toks, i, j);
            Lexicon.Gazetteered hit = gazetteer(k);
            if (hit == null) continue;
            if (j - i == 1 && k.length() < 2 && !(i == doc.tokens.size() - 1 || end - i == 1)) continue;
            if (j - i == 1 && doc.unreliable(toks.get(i)) && lex.isCommonWord(k) && !doc.reliableCaps.contains(k)
                    && EntityTypes.PRODUCT.equals(hit.type())) {
                continue;
            }
            return j;
        }
        return i;
    }

    /**
     * The gazetteer entry of a name, also for a one-word name in capitals ("WASHINGTON —", "VIENNA —": datelines
     * and shouted headings write places in capitals; acronyms of four letters or fewer are left alone).
     */
    private Lexicon.Gazetteered gazetteer(String key) {
        Lexicon.Gazetteered hit = lex.gazetteer(key);
        if (hit != null || key.length() <= 4 || !isUpper(key)) return hit;
        return lex.gazetteer(titleCase(key));
    }

    /** "SAN FRANCISCO" → "San Francisco". */
    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return sb.toString();
    }

    private static boolean isUpper(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLowerCase(s.charAt(i))) return false;
        return true;
    }

    private static String key(List<Token> toks, int from, int to) {
        if (to - from == 1) return nameText(toks.get(from));
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && toks.get(k).kind() != Token.Kind.POSSESSIVE) sb.append(' ');
            sb.append(nameText(toks.get(k)));
        }
        return sb.toString();
    }

    private void emitGazetteer(Doc doc, int from, int to, Lexicon.Gazetteered hit) {
        Mention m = new Mention(key(doc.tokens, from, to), from, to, doc.weight(from));
        m.canonical = hit.canonical();
        m.gazetteer = true;
        int type = typeIndex(hit.type());
        m.votes[type] += 6;
        contextVotes(doc, m);
        doc.mentions.add(m);
    }

    private void emitSegment(Doc doc, int from, int to, boolean afterTitle, String titleAfter) {
        List<Token> toks = doc.tokens;
        // "the U.S. Attorney for the Western District": after a connector the title no longer precedes a person
        if (from < to && !toks.get(from).isCapitalised()) afterTitle = false;
        // trim connectors and numbers at the left, connectors at the right
        while (from < to && !toks.get(from).isCapitalised()) from++;
        while (to > from && !toks.get(to - 1).isCapitalised() && !isVersion(toks.get(to - 1))) to--;
        if (from >= to) return;
        boolean headed = to - from >= 2 && heldByHead(toks, from, to);
        // Leading capitals that only start a sentence or sit in a heading: drop common words and articles.
        while (from < to) {
            Token t = toks.get(from);
            String w = nameText(t);
            boolean article = w.equals("The") || w.equals("A") || w.equals("An");
            boolean firstNameBeforeName = lex.isFirstName(w) && from + 1 < to && toks.get(from + 1).isCapitalised();
            boolean keepForHead = headed && to - from >= 2 && !article && t.isCapitalised();
            if (isPartyLabel(w)) emitPartyLabelState(doc, from);
            if (!t.isCapitalised() || article || !keepForHead && (lex.isNonEntity(w) || isPartyLabel(w)
                    || doc.unreliable(t) && doc.isCommon(w) && !doc.reliableCaps.contains(w) && !firstNameBeforeName)) {
                from++;
                afterTitle = afterTitle || lex.isTitle(w);
                continue;
            }
            break;
        }
        while (to > from && (lex.isNonEntity(nameText(toks.get(to - 1)))
                || !toks.get(to - 1).isCapitalised() && !isVersion(toks.get(to - 1)))) to--;
        if (from >= to) return;
        // In a title-case line, keep only the parts that are not plain words (or that the body confirms).
        if (doc.titleCaseLine[toks.get(from).line()] && !confirmed(doc, from, to)) {
            int s = from;
            for (int k = from; k <= to; k++) {
                boolean plain = k < to && isPlainWord(doc, toks.get(k));
                if (k == to || plain) {
                    if (k > s) emitMention(doc, s, k, afterTitle && s == from, titleAfter, true);
                    s = k + 1;
                }
            }
            return;
        }
        emitMention(doc, from, to, afterTitle, titleAfter, false);
    }

    /**
     * "Ilhan Omar, D-Minn.": the state of a party label is a place the article names ("Minn" → Minnesota), when
     * the gazetteer knows it, as a full name or an AP-style abbreviation.
     */
    private void emitPartyLabelState(Doc doc, int at) {
        Token t = doc.tokens.get(at);
        String state = t.text().substring(2);
        Lexicon.Gazetteered hit = lex.gazetteer(state);
        if (hit == null) hit = lex.gazetteer(state + ".");
        if (hit == null && state.endsWith(".")) hit = lex.gazetteer(state.substring(0, state.length() - 1));
        if (hit == null || !EntityTypes.LOCATION.equals(hit.type())) return;
        Mention m = new Mention(hit.canonical(), at, at + 1, doc.weight(at));
        m.canonical = hit.canonical();
        m.gazetteer = true;
        m.votes[LOC] += 6;
        doc.mentions.add(m);
    }

    /** "D-Minn", "R-Texas": a US party and state label, not a name. */
    private static boolean isPartyLabel(String w) {
        return w.length() > 2 && w.charAt(1) == '-' && (w.charAt(0) == 'D' || w.charAt(0) == 'R' || w.charAt(0) == 'I');
    }

    private boolean isPlainWord(Doc doc, Token t) {
        String w = nameText(t);
        return !t.isCapitalised() || lex.isNonEntity(w)
                || doc.isCommon(w) && !doc.reliableCaps.contains(w) && !lex.isFirstName(w);
    }

    private boolean confirmed(Doc doc, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = doc.tokens.get(k);
            if (t.isCapitalised() && !doc.reliableCaps.contains(nameText(t))) return false;
        }
        return true;
    }

    private void emitMention(Doc doc, int from, int to, boolean afterTitle, String titleAfter, boolean fragment) {
        List<Token> toks = doc.tokens;
        // connectors may only stay inside a name that an institution or place head word holds together
        if (hasConnector(toks, from, to) && !hasHead(toks, from, to)) {
            int s = from;
            for (int k = from; k <= to; k++) {
                if (k == to || !toks.get(k).isCapitalised() && !isVersion(toks.get(k))) {
                    if (k > s) emitMention(doc, s, k, afterTitle && s == from, k == to ? titleAfter : null, fragment);
                    s = k + 1;
                }
            }
            return;
        }
        boolean modelNumber = false;
        if (from > 0 && isModelNumber(toks.get(from - 1)) && toks.get(from - 1).line() == toks.get(from).line()
                && (from < 2 || !toks.get(from - 2).is("$"))) {
            from--; // "737 Max", "787 Dreamliner"
            modelNumber = true;
        }
        String surface = key(toks, from, to);
        if (surface.length() < 2) return;
        Mention m = new Mention(surface, from, to, doc.weight(from));
        boolean single = to - from == 1;
        String lower = surface.toLowerCase(Locale.ROOT);
        if (single && lex.isCommonWord(surface)) {
            // A lone common word, capitalised mid-sentence: a name only if the article never writes it in
            // lower case ("Corridor" the company vs "Policy" in a section name); "the Journal" is kept for aliasing.
            Token prev = from > 0 ? toks.get(from - 1) : null;
            boolean definite = prev != null && prev.is("the") && (ORG_HEADS.contains(lower) || LOC_HEADS.contains(lower));
            // "The Hill's request", "according to The Times": a capitalised "The" mid-sentence is part of a name
            boolean namedThe = prev != null && prev.text().equals("The") && !doc.unreliable(prev) && !fragment;
            if (definite) {
                m.definiteHead = true;
            } else if (namedThe) {
                m.votes[ORG] += 1.5;
            } else if (doc.lowercaseWords.contains(lower) || fragment) {
                return;
            } else {
                m.lowConfidence = true;
            }
        }
        if (!single && !m.definiteHead && allPlain(doc, from, to)) m.lowConfidence = true;
        if (modelNumber) m.votes[PRODUCT] += 2;
        if (afterTitle) m.votes[PERSON] += 3;
        if (titleAfter != null && ORG_ROLE_TITLES.contains(titleAfter.toLowerCase(Locale.ROOT))) m.votes[ORG] += 2.5;
        nameVotes(doc, m);
        contextVotes(doc, m);
        doc.mentions.add(m);
    }

    /** Every word an ordinary word, no first name, no head word: "Learning Path", "National Cyber". */
    private boolean allPlain(Doc doc, int from, int to) {
        if (hasHead(doc.tokens, from, to)) return false;
        for (int k = from; k < to; k++) {
            Token t = doc.tokens.get(k);
            if (!t.isWord()) return false;
            String w = nameText(t);
            if (lex.isFirstName(w) || !doc.isCommon(w) || t.isAllCaps() && !lex.isNonEntity(w)) return false;
        }
        return true;
    }

    private static boolean hasConnector(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) if (!toks.get(k).isCapitalised() && !isVersion(toks.get(k))) return true;
        return false;
    }

    /** A lower-case word ("of", "and") inside [from, to); "&" does not count ("Procter & Gamble Co."). */
    private static boolean hasWordConnector(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = toks.get(k);
            if (!t.isCapitalised() && !isVersion(t) && !t.is("&")) return true;
        }
        return false;
    }

    private static boolean hasHead(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = toks.get(k).lower();
            if (ORG_HEADS.contains(w) || LOC_HEADS.contains(w) || ORG_SUFFIXES.contains(w)) return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- type evidence

    /** Evidence from the name itself. */
    private void nameVotes(Doc doc, Mention m) {
        List<Token> toks = doc.tokens;
        int n = m.end - m.start;
        Token first = toks.get(m.start);
        Token last = toks.get(m.end - 1);
        String lastLower = nameText(last).toLowerCase(Locale.ROOT);
        boolean version = false;
        boolean heads = false;
        for (int k = m.start; k < m.end; k++) {
            Token t = toks.get(k);
            String w = t.lower();
            if (t.kind() == Token.Kind.NUMBER || isVersion(t) || hasDigitAfterHyphen(t.text()) || isModelCode(t.text())) {
                version = true;
            }
            if (ORG_HEADS.contains(w)) {
                m.votes[ORG] += 2.5;
                heads = true;
            }
        }
        if (ORG_SUFFIXES.contains(lastLower)) {
            m.votes[ORG] += 4;
            heads = true;
        }
        if (LOC_HEADS.contains(lastLower) && n > 1) {
            m.votes[LOC] += 3;
            heads = true;
        } else if (n > 2 && LOC_HEADS.contains(first.lower()) && toks.get(m.start + 1).is("of")) {
            m.votes[LOC] += 3; // "Bay of Bengal", "District of Columbia"
            heads = true;
        }
        if (version) m.votes[PRODUCT] += 4;
        // "iMac", "iPhone", "iOS": a lower-case "i" before a capital is a product naming habit
        String ft = first.text();
        if (ft.length() > 2 && ft.charAt(0) == 'i' && Character.isUpperCase(ft.charAt(1))) m.votes[PRODUCT] += 2.5;
        if (n >= 2 && PRODUCT_HEADS.contains(lastLower) && last.isCapitalised() && !heads) m.votes[PRODUCT] += 3;
        if (lex.isFirstName(nameText(first)) && n >= 2 && n <= 4 && !heads && !version) m.votes[PERSON] += 3;
        else if (lex.isFirstName(nameText(first)) && n == 1) m.votes[PERSON] += 0.5;
        if (n == 1 && first.isAllCaps() && first.text().length() <= 6) m.votes[ORG] += 1;
        // defaults: two or three plain capitalised words are most often a person; one word an organisation
        boolean wordy = doc.isCommon(nameText(first)) && !lex.isFirstName(nameText(first))
                || doc.isCommon(nameText(last)) && !lex.isFirstName(nameText(first));
        // "James Van Der Beek", "Pieter de la Cruz": a surname particle lets a person's name run to four words
        boolean particle = n == 4 && SURNAME_PARTICLES.contains(toks.get(m.start + 1).lower());
        if ((n >= 2 && n <= 3 || particle) && !heads && !version && !wordy) m.prior[PERSON] += 0.8;
        m.prior[ORG] += n == 1 ? 0.6 : 0.4;
        if (n == 1) m.prior[PERSON] += 0.3;
    }

    /** "A350", "F-35", "A330neo", "RTX4090": letters and digits mixed in one word (not "2nd", "1990s", "Q3"). */
    static boolean isModelCode(String s) {
        int letters = 0, digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) digits++;
            else if (Character.isLetter(c)) letters++;
        }
        if (letters == 0 || digits == 0 || !Character.isLetter(s.charAt(0))) return false;
        return !(s.length() == 2 && (s.charAt(0) == 'Q' || s.charAt(0) == 'H')); // Q3, H1
    }

    private static boolean hasDigitAfterHyphen(String s) {
        int h = s.indexOf('-');
        return h > 0 && h + 1 < s.length() && Character.isDigit(s.charAt(h + 1));
    }

    /** Evidence from the words around the mention. */
    private void contextVotes(Doc doc, Mention m) {
        List<Token> toks = doc.tokens;
        Token last = toks.get(m.end - 1);
        String suffix = hyphenSuffix(last);
        if (suffix != null) {
            if (LOC_HYPHEN.contains(suffix)) m.votes[LOC] += 3;
            else if (PRODUCT_HYPHEN.contains(suffix)) m.votes[PRODUCT] += 3;
            else if (ORG_HYPHEN.contains(suffix)) m.votes[ORG] += 1;
        }
        int n = m.end - m.start;
        // next words: "Claude models", "Mythos AI models", "the Trump administration"
        int j = m.end;
        if (j < toks.size() && toks.get(j).kind() == Token.Kind.POSSESSIVE) j++;
        Token next = j < toks.size() ? toks.get(j) : null;
        if (next != null && next.line() == last.line()) {
            String w = next.lower();
            String w2 = j + 1 < toks.size() ? toks.get(j + 1).lower() : "";
            boolean possessive = j > m.end;
            if (!possessive && (PRODUCT_NEXT.contains(w) || suffix != null && PRODUCT_NEXT.contains(w)
                    || lex.isNonEntity(w) && PRODUCT_NEXT.contains(w2))) {
                m.votes[PRODUCT] += 2.5;
            }
            if (!possessive && n == 1 && PERSON_OWNED.contains(w)) m.votes[PERSON] += 2;
            if (TEAM_NEXT.contains(w) && !lex.isFirstName(nameText(toks.get(m.start)))) m.votes[ORG] += 2;
            if (!possessive && PLACE_NEXT.contains(w)) m.votes[LOC] += 2;
            if (SPEECH_VERBS.contains(w) && !possessive) m.votes[PERSON] += 0.4;
            if (w.equals(",")) apposition(doc, m, j + 1);
            // "Eyamba Sowers, 34, said": an age in commas follows only a person's name
            if (w.equals(",") && !possessive && j + 2 < toks.size() && toks.get(j + 1).kind() == Token.Kind.NUMBER
                    && toks.get(j + 1).text().length() <= 3 && !toks.get(j + 1).text().contains(".")
                    && toks.get(j + 2).is(",") && n >= 2) {
                m.votes[PERSON] += 3;
            }
        }
        // previous words: "in X", "at X"
        int p = m.start - 1;
        if (p >= 0 && toks.get(p).is("the")) p--;
        if (p >= 0 && toks.get(p).line() == toks.get(m.start).line()) {
            String w = toks.get(p).lower();
            boolean lowerOrStart = !toks.get(p).isCapitalised() || toks.get(p).sentenceStart();
            if (p == m.start - 1 && lowerOrStart && PERSON_ROLE_BEFORE.contains(w)) {
                m.votes[PERSON] += 2.5; // "singer Ally Brooke", "planetary geologist Rosaly Lopes"
            }
            if (p == m.start - 1 && lowerOrStart && ORG_KIND_BEFORE.contains(w)) {
                m.votes[ORG] += 2.5; // "the journal Nature Astronomy", "news agency Ruptly", "the startup Corridor"
            }
            // "the Taliban", "the Kremlin": a person's name never takes the article (one-word names only); this
            // counts against a person, not for an organisation, as "the Kindle" or "the Thames" take it too
            if (p == m.start - 2 && n == 1 && toks.get(p + 1).is("the") && !doc.isCommon(nameText(toks.get(m.start)))) {
                m.votes[PERSON] -= 1.5;
            }
            // "in KeyBank Center", "at Rogers Centre": a venue after "in"/"at" without an article is a place
            // ("at the Wilson Center", with the article, is more often an institution)
            if ((w.equals("in") || w.equals("at")) && p == m.start - 1 && m.end - m.start >= 2
                    && VENUE_HEADS.contains(nameText(last).toLowerCase(Locale.ROOT))) {
                m.votes[LOC] += 3;
            }
            if (w.equals("in")) m.votes[LOC] += 1.5;
            else if (w.equals("of") && p > 0 && DIRECTIONS.contains(toks.get(p - 1).lower())) {
                m.votes[LOC] += 2; // "a village southwest of Ithaca", "20 miles north of Boston"
            }
            else if (w.equals("to") && p > 0 && (toks.get(p - 1).is("away") || toks.get(p - 1).is("home"))) {
                m.votes[ORG] += 2; // "away to West Ham", "at home to Everton": a club
            }
            else if (PLACE_PREPOSITIONS.contains(w)) m.votes[LOC] += w.equals("from") ? 0.5 : 1.0;
            else if (w.equals("at")) {
                m.votes[ORG] += 0.5;
                m.votes[LOC] += 0.4;
            } else if (w.equals("of") && p > 0 && p == m.start - 1 && ORG_ROLE_TITLES.contains(toks.get(p - 1).text())) {
                m.votes[ORG] += 2; // "vice president of Advanced Development Programs": the unit a role heads
                m.lowConfidence = false;
            } else if (w.equals("by") && p > 0 && CREDIT_WORDS.contains(toks.get(p - 1).lower())) {
                m.votes[PERSON] += 3; // "Reporting by Will Dunham", "Editing by Tom Brown", "written by X"
            } else if (w.equals("by")) {
                m.votes[ORG] += 0.3;
                m.votes[PERSON] += 0.3;
            }
        }
    }

    /** ", a senior fellow", ", the AI company", ", a city in ...". */
    private void apposition(Doc doc, Mention m, int from) {
        List<Token> toks = doc.tokens;
        if (from >= toks.size()) return;
        String first = toks.get(from).lower();
        if (first.equals("who") || first.equals("whose")) {
            m.votes[PERSON] += 2;
            return;
        }
        int startScan = from + 1;
        if (toks.get(from).isCapitalised() && from + 1 < toks.size() && toks.get(from + 1).kind() == Token.Kind.POSSESSIVE) {
            startScan = from + 2; // ", Anthropic's most capable model family"
        } else if (!first.equals("a") && !first.equals("an") && !first.equals("the") && !first.equals("its")) {
            return;
        }
        for (int k = startScan; k < Math.min(toks.size(), from + 7); k++) {
            Token t = toks.get(k);
            if (t.kind() == Token.Kind.PUNCT) return;
            String w = t.lower();
            if (APPOSITION_PERSON.contains(w)) {
                m.votes[PERSON] += 2;
                return;
            }
            if (APPOSITION_ORG.contains(w)) {
                m.votes[ORG] += 2;
                return;
            }
            if (APPOSITION_PRODUCT.contains(w)) {
                m.votes[PRODUCT] += 2;
                return;
            }
            if (APPOSITION_PLACE.contains(w)) {
                m.votes[LOC] += 2;
                return;
            }
        }
    }

    static int typeIndex(String type) {
        for (int t = 0; t < 4; t++) if (TYPE_NAMES[t].equals(type)) return t;
        return ORG;
    }

    // ---------------------------------------------------------------- alias resolution

    /**
     * "Ceres Robotics and Tyvak Nano-Satellite Systems Inc": a name joined by "and" to another one, held together
     * only by the second one's head word, is two names when the article also names the first one on its own
     * (here "Ceres Robotics Inc."). Without that evidence "Barnes and Noble Inc." stays one name; "&" never splits.
     */
    private void splitConjoinedNames(Doc doc) {
        Set<String> known = new HashSet<>();
        boolean any = false;
        for (Mention m : doc.mentions) {
            String name = m.canonical != null ? m.canonical : m.surface;
            known.add(name);
            known.add(AliasResolver.withoutLegalForm(name));
            any |= m.end - m.start >= 3 && m.canonical == null;
        }
        if (!any) return;
        List<Token> toks = doc.tokens;
        for (int x = 0; x < doc.mentions.size(); x++) {
            Mention m = doc.mentions.get(x);
            if (m.canonical != null || m.end - m.start < 3) continue;
            for (int k = m.start + 1; k < m.end - 1; k++) {
                if (!toks.get(k).is("and")) continue; // "&" belongs to names: "Procter & Gamble", "AT&T"
                String left = key(toks, m.start, k);
                if (!known.contains(left) || hasWordConnector(toks, m.start, k)) break;
                Mention a = new Mention(left, m.start, k, m.weight);
                Mention b = new Mention(key(toks, k + 1, m.end), k + 1, m.end, m.weight);
                for (Mention part : List.of(a, b)) {
                    nameVotes(doc, part);
                    contextVotes(doc, part);
                }
                doc.mentions.set(x, a);
                doc.mentions.add(x + 1, b);
                x++;
                break;
            }
        }
    }

    private List<Group> resolve(Doc doc) {
        splitConjoinedNames(doc);
        Map<String, Group> byKey = new LinkedHashMap<>();
        List<Mention> definite = new ArrayList<>();
        for (Mention m : doc.mentions) {
            if (m.definiteHead) {
                definite.add(m);
                continue;
            }
            String name = m.canonical != null ? m.canonical : m.surface;
            String k = name.toLowerCase(Locale.ROOT);
            Group g = byKey.computeIfAbsent(k, x -> {
                Group ng = new Group();
                ng.name = name;
                return ng;
            });
            g.mentions.add(m);
            g.surfaces.add(m.surface);
            g.gazetteer |= m.gazetteer;
            for (int t = 0; t < 4; t++) {
                g.votes[t] += m.votes[t];
                g.prior[t] = Math.max(g.prior[t], m.prior[t]);
            }
        }
        List<Group> groups = new ArrayList<>(byKey.values());
        AliasResolver.mergeVersionedProducts(groups);
        AliasResolver.mergeProductVariants(groups);
        AliasResolver.mergeModelNumberedProducts(groups);
        AliasResolver.mergeAcronyms(groups);
        AliasResolver.mergeOrganisationShortForms(groups);
        AliasResolver.mergePartialPersonNames(groups);
        AliasResolver.mergeSpellingVariants(groups);
        AliasResolver.attachDefiniteHeads(groups, definite);
        List<Group> live = new ArrayList<>();
        for (Group g : groups) {
            if (g.mergedInto != null) continue;
            // a lone, unconfirmed common word ("Corridor") must be seen twice or carry type evidence
            boolean weak = true;
            for (Mention m : g.mentions) weak &= m.lowConfidence;
            double need = g.tokens() == 1 ? 1.0 : 1.5;
            if (weak && g.count() < 2 && g.score(g.type()) < need) continue;
            live.add(g);
        }
        return live;
    }

}
