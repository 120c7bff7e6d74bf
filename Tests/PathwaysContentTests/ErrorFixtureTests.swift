import Foundation
import PathwaysContent
import Testing

/// One small content tree per kind of mistake, each asserting the exact lines
/// `pathways validate` would print.
@Suite("Each kind of mistake is reported as FILE:LINE:COLUMN: error: MESSAGE")
struct ErrorFixtureTests {
    @Test func yamlSyntaxErrorsAndDuplicateKeysUseTheParsersPosition() {
        #expect(printed("syntax-error") == [
            "syntax-error/sources/broken.yaml:4:1: error: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar)",
            "syntax-error/sources/dupkey.yaml:2:3: error: duplicate key 'title' in one mapping",
            "syntax-error/sources/indent.yaml:3:13: error: YAML syntax error: mapping values are not allowed in this context",
        ])
    }

    @Test func unknownKeysSuggestTheNearestKnownKey() {
        #expect(printed("unknown-key") == [
            "unknown-key/jobs/logistics.yaml:1:3: error: job 'hgv-driver': missing required key 'sources'; cite at least one source, or say 'illustrative: true' when no source confirms it",
            "unknown-key/jobs/logistics.yaml:5:3: error: job 'hgv-driver': unknown key 'paay' (did you mean 'pay'?)",
            "unknown-key/jobs/logistics.yaml:8:5: error: job 'hgv-driver': missing required key 'year' in 'pay'",
            "unknown-key/jobs/logistics.yaml:9:5: error: job 'hgv-driver': unknown key 'yeer' in 'pay' (did you mean 'year'?)",
            "unknown-key/jobs/logistics.yaml:12:3: error: job 'hgv-driver': unknown key 'Sources' (did you mean 'sources'?)",
            "unknown-key/sources/s.yaml:6:3: error: source 'ons': unknown key 'colour'",
        ])
    }

    @Test func missingRequiredKeysPointAtTheRecord() {
        #expect(printed("missing-key") == [
            "missing-key/sources/s.yaml:1:3: error: source 'ons': missing required key 'publisher'",
            "missing-key/sources/s.yaml:5:3: error: source: missing required key 'id'",
            "missing-key/steps/s.yaml:1:3: error: step 'forklift': missing required key 'sources'; cite at least one source, or say 'illustrative: true' when no source confirms it",
            "missing-key/steps/s.yaml:1:3: error: step 'forklift': missing required key 'weeks'",
            "missing-key/steps/s.yaml:9:10: error: step 'forklift': 'to' in 'next' is empty",
        ])
    }

    @Test func wrongTypesSayWhatWasExpected() {
        #expect(printed("wrong-type") == [
            "wrong-type/sources/s.yaml:2:10: error: source 'ons': 'title' must be text, not a list",
            "wrong-type/steps/s.yaml:3:9: error: step 'forklift': 'kind' must be one of qualification, course, apprenticeship, bootcamp, programme, degree, work, not 'lecture'",
            "wrong-type/steps/s.yaml:5:10: error: step 'forklift': 'weeks' must be a whole number, not 'lots'",
            "wrong-type/steps/s.yaml:6:10: error: step 'forklift': 'modes' must be a list, not 'full-time'",
            "wrong-type/steps/s.yaml:7:9: error: step 'forklift': 'cost' must not be negative",
            "wrong-type/steps/s.yaml:10:17: error: step 'forklift': 'illustrative' must be true or false, not 'maybe'",
            "wrong-type/steps/s.yaml:11:10: error: step 'forklift': 'entry' must be a mapping of keys to values, not 'Anyone'",
        ])
    }

    /// Each unknown reference points at the item itself, and a likely typo gets a suggestion.
    @Test func unknownReferencesArePlacedAtTheItemWithTheNearestID() {
        #expect(printed("unknown-reference") == [
            "unknown-reference/clusters/c.yaml:1:7: error: cluster 'logistics' has no jobs",
            "unknown-reference/clusters/c.yaml:4:18: error: cluster 'logistics' refers to unknown source 'wmca-plan'",
            "unknown-reference/jobs/j.yaml:3:14: error: job 'hgv-driver' refers to unknown cluster 'logistic'; did you mean 'logistics'?",
            "unknown-reference/steps/s.yaml:8:15: error: step 'lgv-course' refers to unknown provider 'nowhere-college'",
            "unknown-reference/steps/s.yaml:13:7: error: step 'lgv-course' progression to 'hgv-drivers' leads to unknown step or job 'hgv-drivers'; did you mean 'hgv-driver'?",
        ])
    }

    @Test func duplicateIDsPointAtTheLaterRecord() {
        #expect(printed("duplicate-id") == [
            "duplicate-id/clusters/c.yaml:1:7: error: cluster 'ons' has no jobs",
            "duplicate-id/clusters/c.yaml:1:7: error: duplicate ID 'ons' (already used by a source)",
            "duplicate-id/sources/a.yaml:6:7: error: duplicate ID 'ons'",
        ])
    }

    @Test func invalidLevelsAreRefused() {
        #expect(printed("invalid-level") == [
            "invalid-level/jobs/j.yaml:4:10: error: job 'hgv-driver': 'level' must be a level (E1, E2, E3 or 1 to 8), not '9'",
            "invalid-level/jobs/j.yaml:10:10: error: job 'van-driver': 'level' must be a level (E1, E2, E3 or 1 to 8), not 'E4'",
        ])
    }

    @Test func invalidIDsAreRefused() {
        #expect(printed("invalid-id") == [
            "invalid-id/sources/s.yaml:1:7: error: source 'ONS_Ashe': invalid ID 'ONS_Ashe'; IDs are lowercase words and digits joined by hyphens, like 'hgv-driver'",
            "invalid-id/sources/s.yaml:6:7: error: source '-ons': invalid ID '-ons'; IDs are lowercase words and digits joined by hyphens, like 'hgv-driver'",
        ])
    }

    @Test func aFileMustHoldAList() {
        #expect(printed("not-a-sequence") == [
            "not-a-sequence/sources/s.yaml:1:1: error: a file in sources/ must be a list of sources (each record starting with '- '), not a mapping",
        ])
    }

    @Test func eachRecordMustBeAMapping() {
        #expect(printed("record-not-mapping") == [
            "record-not-mapping/sources/s.yaml:1:3: error: each source must be a mapping of keys to values (id: ..., title: ...), not 'just some text'",
            "record-not-mapping/sources/s.yaml:2:3: error: each source must be a mapping of keys to values (id: ..., title: ...), not a list",
        ])
    }

    @Test func controlCharactersAndEscapeSequencesAreRefused() {
        #expect(printed("control-characters") == [
            "control-characters/sources/s.yaml:2:10: error: source 'ons': 'title' contains an escape character (U+001B); text may not contain control characters or escape sequences",
            "control-characters/sources/s.yaml:3:14: error: source 'ons': 'publisher' contains a tab (U+0009); text may not contain control characters or escape sequences",
            "control-characters/sources/s.yaml:4:8: error: source 'ons': 'url' contains a bidirectional text control (U+202E); text may not contain control characters or escape sequences",
            "control-characters/sources/s.yaml:6:9: error: source 'ons': 'note' contains a control character (U+0085); text may not contain control characters or escape sequences",
            "control-characters/sources/s.yaml:8:10: error: source 'wmca': 'title' contains a line break (U+000A); text may not contain control characters or escape sequences",
        ])
    }

    @Test func graphFindingsArePlacedAtTheRecordsTheyName() {
        #expect(printed("graph-problems") == [
            "graph-problems/clusters/d.yaml:1:7: error: cluster 'digital' has no jobs",
            "graph-problems/jobs/j.yaml:1:7: error: job 'hgv-driver' cannot be reached by any route from Entry level",
            "graph-problems/steps/s.yaml:12:7: error: step 'lgv-course' progression to 'forklift-course' goes down from Level 3 to Level 2; mark it 'sideways: true' if that is meant",
            "graph-problems/steps/s.yaml:14:7: error: progressions form a cycle through 'forklift-course', 'lgv-course'",
            "graph-problems/steps/s.yaml:25:7: error: step 'forklift-course' progression to 'lgv-course' asks for Level 3 but 'forklift-course' is Level 2; require it on the step it leads to instead",
        ])
    }

    @Test func aMissingContentYAMLIsAnError() {
        #expect(printed("missing-info") == [
            "missing-info/content.yaml: error: file not found; content.yaml names the content set with its title, version and date",
        ])
        #expect(loadFixture("missing-info").catalogue.sources.count == 2)
    }

    @Test func aMissingContentFolderIsAnError() {
        let loaded = loadFixture("no-such-folder")
        #expect(loaded.diagnostics.map(\.description) == ["no-such-folder: error: content folder not found"])
        #expect(!loaded.isClean)
    }

    @Test func pathsAreBuiltFromTheDirectoryAsPassed() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A relative URL (as a command line gives) without changing the process's current
        // directory, which tests running in parallel share.
        let content = URL(fileURLWithPath: "Content/", relativeTo: folder)
        try FileManager.default.createDirectory(atPath: content.path + "/sources", withIntermediateDirectories: true)
        try "title: T\nversion: \"1\"\ndate: \"2026\"\n".write(toFile: content.path + "/content.yaml", atomically: true, encoding: .utf8)
        try "- id: x\n  title: X\n".write(toFile: content.path + "/sources/a.yaml", atomically: true, encoding: .utf8)
        let loaded = ContentLoader().load(from: content)
        #expect(loaded.diagnostics.first?.description == "Content/sources/a.yaml:1:3: error: source 'x': missing required key 'date'")
    }
}
