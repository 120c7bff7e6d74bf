import Yams

/// The way every file was read before `YAMLReader`, and still is for anything outside its
/// subset: composed by Yams (libyaml), with Yams' errors turned into findings.
extension ContentLoader {
    /// Composes screened text with Yams into the loader's document, or the problem as a finding.
    /// `bytes` is the whole file (for placing reader errors), `body` the text without any
    /// byte order mark.
    func compose(_ body: ArraySlice<UInt8>, display: String, bytes: [UInt8]) -> Result<YAMLDocument, FileProblem> {
        func fail(_ location: SourceLocation, _ message: String) -> Result<YAMLDocument, FileProblem> {
            .failure(FileProblem(diagnostic: Diagnostic(location, message)))
        }
        let aliases = "aliases ('*') are not allowed in content; write the value out in full"
        let text = String(decoding: body, as: UTF8.self)
        do {
            guard let node = try Yams.compose(yaml: text, .basic) else {
                return fail(SourceLocation(file: display, line: 1, column: 1), "file is empty")
            }
            // Without aliases a tree cannot have many more nodes than the file has bytes; more
            // means the screen let an alias through. The fuzzer's debug build stops here.
            guard ContentLoader.nodeCount(node, upTo: 2 * bytes.count + 16) <= 2 * bytes.count + 16,
                  let tree = YAMLDocument.composed(node) else {
                assertionFailure("the pre-parse screen missed an alias in \(display)")
                return fail(.wholeFile(display), aliases)
            }
            return .success(tree)
        } catch let YamlError.composer(_, problem, mark, _) where problem == "found undefined alias" {
            // The parser met an alias the screen should have refused.
            assertionFailure("the pre-parse screen missed an alias in \(display)")
            return fail(SourceLocation(file: display, line: max(1, mark.line), column: max(1, mark.column)), aliases)
        } catch let error as YamlError {
            let (location, message) = ContentLoader.describe(error, file: display, bytes: bytes)
            return fail(location, message)
        } catch {
            return fail(.wholeFile(display), "cannot read the file: \(error)")
        }
    }

    /// The number of nodes in a tree, counting no further than just past `limit`.
    static func nodeCount(_ root: Yams.Node, upTo limit: Int) -> Int {
        var count = 0
        var stack = [root]
        while let node = stack.popLast(), count <= limit {
            count += 1
            switch node {
            case .scalar, .alias: break
            case .sequence(let items): stack += items
            case .mapping(let pairs):
                for (key, value) in pairs {
                    stack.append(key)
                    stack.append(value)
                }
            }
        }
        return count
    }

    /// A YAML parser error as a position and a message.
    static func describe(_ error: YamlError, file: String, bytes: [UInt8]) -> (SourceLocation, String) {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: max(1, mark.line), column: max(1, mark.column)) }
        func syntax(_ context: YamlError.Context?, _ problem: String, _ mark: Mark) -> (SourceLocation, String) {
            let during = context.map { " (\($0.text))" } ?? ""
            return (at(mark), "YAML syntax error: \(problem)\(during)")
        }
        switch error {
        case let .scanner(context, problem, mark, _): return syntax(context, problem, mark)
        case let .parser(context, problem, mark, _): return syntax(context, problem, mark)
        case let .composer(context, problem, mark, _): return syntax(context, problem, mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\(ContentText.printable($0))'" }.joined(separator: ", ")
            return (at(context.mark), "duplicate key \(keys) in one mapping")
        case let .reader(problem, offset, _, _):
            let (line, column) = FileSafetyCheck.position(of: offset ?? 0, in: bytes)
            return (SourceLocation(file: file, line: line, column: column), "cannot read the file: \(problem)")
        default:
            return (SourceLocation(file: file, line: 1, column: 1), "YAML error: \(error)")
        }
    }
}
