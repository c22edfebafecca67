/// What a heading says about the text under it.
enum SectionKind: Sendable, Equatable {
    /// No telling heading, or one about duties ("What you'll do").
    case general
    /// Requirements or qualifications ("Requirements", "What you bring", "About you").
    case required
    /// Wishes rather than demands ("Nice to have", "Preferred qualifications", "Bonus points").
    case preferred
    /// Where the work happens ("Location", "Workplace").
    case location
    /// Pay ("Compensation", "Salary").
    case compensation
    /// Benefits and perks ("Benefits", "What we offer").
    case benefits
    /// The employer rather than the role ("About us", "Who we are").
    case company

    /// Whether experience, degrees, certifications and team sizes may be read from the section.
    var yieldsRequirements: Bool {
        switch self {
        case .general, .required, .preferred, .location: true
        case .compensation, .benefits, .company: false
        }
    }

    /// The importance of a requirement in the section whose sentence says nothing about it.
    var defaultImportance: Importance {
        self == .preferred ? .preferred : .required
    }

    /// Whether money amounts in the section may be taken as pay without a salary word in the sentence.
    var impliesPay: Bool {
        self == .compensation || self == .benefits
    }

    private static let preferredPhrases: [[String]] = [
        ["nice", "to", "have"], ["nice", "to", "haves"], ["preferred"], ["preferen*"], ["bonus"], ["plus"],
        ["pluses"], ["desired"], ["desirable"], ["ideally"], ["good", "to", "have"], ["great", "to", "have"],
        ["extra", "credit"], ["even", "better"], ["stand", "out"], ["would", "be", "great"], ["would", "be", "nice"],
        ["advantage*"], ["optional"], ["nice", "if"], ["extra", "points"],
    ]
    private static let compensationPhrases: [[String]] = [
        ["compensation"], ["salary"], ["salaries"], ["pay"], ["base", "pay"], ["remuneration"], ["total", "rewards"],
        ["ote"], ["wage"], ["wages"],
    ]
    private static let benefitsPhrases: [[String]] = [
        ["benefit"], ["benefits"], ["perks"], ["perk"], ["what", "we", "offer"], ["we", "offer"], ["why", "join"],
        ["why", "you", "ll", "love"], ["what", "s", "in", "it", "for", "you"], ["what", "you", "get"],
        ["what", "you", "ll", "get"], ["our", "offer"], ["rewards"], ["why", "work"], ["life", "at"],
        ["in", "return"],
    ]
    private static let locationPhrases: [[String]] = [
        ["location"], ["locations"], ["workplace"], ["work", "arrangement"], ["working", "model"], ["work", "model"],
        ["where", "you", "ll", "work"], ["remote", "policy"], ["where"],
    ]
    private static let requiredPhrases: [[String]] = [
        ["requirement"], ["requirements"], ["qualification"], ["qualifications"], ["you", "bring"], ["you", "have"],
        ["must", "have"], ["must", "haves"], ["about", "you"], ["looking", "for"], ["who", "you", "are"],
        ["you", "are"], ["skills"], ["experience"], ["ideal", "candidate"], ["you", "ll", "need"],
        ["what", "you", "need"], ["essential"], ["minimum"], ["basic"], ["criteria"], ["profile"],
        ["your", "background"], ["what", "it", "takes"], ["you", "might", "be"],
    ]
    private static let companyPhrases: [[String]] = [
        ["about", "us"], ["about", "the", "company"], ["who", "we", "are"], ["our", "company"], ["our", "story"],
        ["our", "mission"], ["company", "overview"], ["company", "description"], ["the", "company"],
        ["about", "the", "organisation"], ["about", "the", "organization"],
    ]
    private static let roleWordsAfterAbout: Set<String> = ["you", "the", "this", "your", "yourself"]

    /// Classifies a heading by the phrases in it.
    ///
    /// - Parameter heading: The heading as written.
    init(heading: String) {
        let words = Self.words(of: heading)
        func has(_ phrases: [[String]]) -> Bool { phrases.contains { Self.contains(words, $0) } }

        if has(Self.preferredPhrases) {
            self = .preferred
        } else if has(Self.compensationPhrases) {
            self = .compensation
        } else if has(Self.benefitsPhrases) {
            self = .benefits
        } else if has(Self.locationPhrases) {
            self = .location
        } else if has(Self.requiredPhrases) {
            self = .required
        } else if has(Self.companyPhrases) {
            self = .company
        } else if words.first == "about", words.count > 1, !Self.roleWordsAfterAbout.contains(words[1]) {
            self = .company
        } else {
            self = .general
        }
    }

    /// Whether the words hold the phrase as a run of whole words; a phrase word ending in "*" matches any word
    /// starting with it ("advantage*" matches "advantageous").
    private static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, words.count >= phrase.count else { return false }
        for start in 0...(words.count - phrase.count) {
            var matched = true
            for (offset, word) in phrase.enumerated() {
                let candidate = words[start + offset]
                let isMatch = word.hasSuffix("*") ? candidate.hasPrefix(word.dropLast()) : candidate == word
                if !isMatch {
                    matched = false
                    break
                }
            }
            if matched { return true }
        }
        return false
    }

    private static func words(of text: String) -> [String] {
        text.lowercased().unicodeScalars
            .split { !(Tokenizer.isLetter($0) || Tokenizer.isDigit($0)) }
            .map { String(String.UnicodeScalarView($0)) }
    }
}
