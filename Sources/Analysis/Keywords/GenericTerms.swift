import Tokenization

/// Words every job posting uses, which say nothing about this one ("experience", "team", "role").
enum GenericTerms {
  static let words = [
    "experience", "team", "teams", "work", "working", "role", "roles", "company", "companies", "years", "year",
    "ability", "able", "strong", "including", "include", "new", "across", "help", "build", "building", "great",
    "people", "candidate", "candidates", "position", "job", "jobs", "opportunity", "join", "looking", "ideal",
    "skills", "skill", "knowledge", "excellent", "proven", "track", "record", "demonstrated", "well", "like",
    "make", "making", "time", "ensure", "support", "using", "use", "based", "within", "every", "other", "many",
    "responsible", "responsibilities", "requirements", "required", "preferred", "qualifications", "plus",
    "bonus", "nice", "have", "what", "will", "your", "you", "our", "ours", "we", "they", "this", "that", "day",
    "days", "week", "weeks", "month", "months", "level", "high", "highly", "deep", "clear", "closely", "part",
    "first", "best", "world", "class", "global", "way", "ways", "things", "thing", "lot", "great", "love",
    "want", "need", "needs", "bring", "get", "take", "own", "lead", "leading", "leader", "leaders", "manage",
    "managing", "management", "manager", "managers", "senior", "director", "head", "chief", "officer", "vice",
    "president", "report", "reports", "reporting", "equal", "employer", "applicants", "apply", "application",
    "benefits", "salary", "range", "base", "equity", "paid", "health", "dental", "vision", "insurance", "leave",
    "office", "remote", "hybrid", "location", "locations", "full", "fulltime", "full-time", "degree", "bachelor",
    "master", "related", "field", "similar", "equivalent", "relevant", "least", "minimum", "more", "less",
    "also", "etc", "org", "organization", "organisations", "organizations", "organisation", "function",
    "functions", "area", "areas", "order", "based", "current", "currently", "today", "future", "next", "growth",
    "grow", "growing", "impact", "success", "successful", "drive", "driving", "deliver", "delivering",
    "present", "three", "four", "five", "seven", "eight", "eleven", "twelve", "fifteen", "twenty", "hundred",
    "thousand", "million", "millions", "billion", "billions", "second", "third", "dozen", "several", "various",
    "someone", "everyone", "together", "whether", "where", "while", "about", "after", "before", "between", "through",
    "behind", "ahead", "towards", "toward", "already", "always", "often", "really", "truly", "enough", "further",
    "small", "large", "big", "group", "groups", "member", "members", "partner", "partners", "customer", "customers",
    "user", "users", "product", "products", "business", "businesses", "market", "markets", "platform", "service",
    "services", "mba", "phd", "bs", "ba", "ms", "msc", "bsc", "us", "usa", "uk", "eu", "emea", "apac", "latam", "nyc",
    "america", "americas", "europe", "european", "states", "united", "north", "south", "east", "west", "better",
    "right", "real", "early", "stage", "place", "point", "little", "hands",
  ]

  /// The words' token keys, read in one pass over the words a line each: each word read on its own cost a
  /// tokenizer's start 330 times at every run (some 1.9 M instructions). A line break ends every token, so the
  /// keys are each word's own (``GenericTermsTests`` compares them with the words read one by one).
  static let keys: Set<String> = Set(Tokenizer.keys(of: words.joined(separator: "\n")))
}
