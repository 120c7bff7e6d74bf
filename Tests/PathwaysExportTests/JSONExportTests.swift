import Foundation
import PathwaysExport
import PathwaysGraph
import PathwaysTestSupport
import Testing

/// The JSON export against its shipped schema, and read back with `JSONDecoder`.
@Suite struct JSONExportTests {
    /// `Sources/PathwaysExport/route-export.schema.json` in the checkout.
    static let schemaFile = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/PathwaysExport/route-export.schema.json")

    @Test func schemaFileMatchesEmbeddedSchema() throws {
        let file = try String(contentsOf: Self.schemaFile, encoding: .utf8)
        #expect(file == RouteExportSchema.json)
        let object = try JSONSerialization.jsonObject(with: Data(file.utf8)) as? [String: Any]
        #expect(object?["$id"] as? String == RouteExport.schemaID)
        #expect(RouteExportSchema.id == "https://pathways.example/route-export/v1")
    }

    @Test(arguments: ["full", "plain", "illustrative", "hostile"])
    func validatesAgainstSchema(sample: String) throws {
        let doc: PathwayDocument = switch sample {
        case "full": ExportSamples.document
        case "plain": ExportSamples.plainDocument
        case "illustrative": ExportSamples.illustrativeDocument
        default: ExportSamples.hostileDocument
        }
        let json = Exporter.render(doc, as: .json)
        guard let python = ExternalTool.find("python3") else {
            Issue.record("python3 is needed to validate JSON against the schema")
            return
        }
        let script = """
        import json, sys, jsonschema
        schema = json.load(open(sys.argv[1]))
        jsonschema.Draft202012Validator.check_schema(schema)
        errors = list(jsonschema.Draft202012Validator(schema).iter_errors(json.load(sys.stdin)))
        for e in errors: print(list(e.absolute_path), e.message)
        sys.exit(1 if errors else 0)
        """
        let result = try ExternalTool.run(python, ["-c", script, Self.schemaFile.path], input: json)
        if result.stderr.contains("No module named 'jsonschema'") && !ExternalTool.onCI {
            print("skipped: python3 has no jsonschema module")
            return
        }
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func schemaRejectsWhatItShould() throws {
        guard let python = ExternalTool.find("python3") else { return }
        // An unknown field and a wrong version must both fail: additionalProperties and const work.
        var object = try JSONSerialization.jsonObject(with: Data(Exporter.render(ExportSamples.document, as: .json).utf8))
            as! [String: Any]
        object["unexpected"] = true
        object["version"] = 2
        let bad = String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        let script = "import json,sys,jsonschema; jsonschema.validate(json.load(sys.stdin), json.load(open(sys.argv[1])))"
        let result = try ExternalTool.run(python, ["-c", script, Self.schemaFile.path], input: bad)
        #expect(result.status != 0)
    }

    @Test func decodesBackWithStableIDs() throws {
        let doc = ExportSamples.document
        let json = Exporter.render(doc, as: .json)
        let decoded = try JSONDecoder().decode(RouteExport.self, from: Data(json.utf8))
        #expect(decoded == Exporter.routeExport(doc))
        #expect(decoded.schema == RouteExport.schemaID)
        #expect(decoded.version == 1)
        #expect(decoded.steps.map(\.id) == doc.route.steps.map(\.id))
        #expect(decoded.steps.map(\.order) == [1, 2, 3, 4])
        #expect(decoded.job.id == "software-developer")
        #expect(decoded.job.soc == "2134")
        #expect(decoded.job.pay?.median == 56914)
        #expect(decoded.totals.weeks == 98)
        #expect(decoded.totals.costToLearner == 0)
        #expect(decoded.totals.typicalFees == 2800)
        // Every ID a step refers to resolves inside the document.
        let providerIDs = Set(decoded.providers.map(\.id)), sourceIDs = Set(decoded.sources.map(\.id))
        let schemeIDs = Set(decoded.fundingSchemes.map(\.id))
        #expect(providerIDs == ["city-college", "code-school"])
        for step in decoded.steps {
            #expect(step.providers.allSatisfy(providerIDs.contains))
            #expect(step.sources.allSatisfy(sourceIDs.contains))
            #expect(step.fundingSchemes.allSatisfy(schemeIDs.contains))
            if let scheme = step.costing?.schemeId { #expect(schemeIDs.contains(scheme)) }
        }
        #expect(decoded.job.sources.allSatisfy(sourceIDs.contains))
        #expect(decoded.sources.map(\.number) == Array(1...decoded.sources.count))
        #expect(decoded.steps[3].costing?.open == false)
    }

    /// A step whose upper age limit is higher for some (a foundation apprenticeship) exports
    /// both limits and for whom, and the document still meets the schema.
    @Test func aHigherAgeLimitForSomeIsExported() throws {
        var catalogue = Fixtures.catalogue
        let i = try #require(catalogue.steps.firstIndex { $0.id == "digital-l3" })
        catalogue.steps[i].entry.maximumAge = 21
        catalogue.steps[i].entry.extendedAge = .init(maximumAge: 24, anyOf: [.ehcPlan, .careLeaver])
        let graph = PathwayGraph(catalogue)
        let doc = PathwayDocument(route: ExportSamples.route(in: graph), graph: graph, generatedAt: ExportSamples.generatedAt)
        let json = Exporter.render(doc, as: .json)
        let step = try #require(try JSONDecoder().decode(RouteExport.self, from: Data(json.utf8)).steps.first { $0.id == "digital-l3" })
        #expect(step.entry.maximumAge == 21)
        #expect(step.entry.maximumAgeExtended == 24)
        #expect(step.entry.maximumAgeExtendedFor == ["ehc-plan", "care-leaver"])
        guard let python = ExternalTool.find("python3") else { return }
        let script = "import json,sys,jsonschema; jsonschema.validate(json.load(sys.stdin), json.load(open(sys.argv[1])))"
        let result = try ExternalTool.run(python, ["-c", script, Self.schemaFile.path], input: json)
        if result.stderr.contains("No module named 'jsonschema'") && !ExternalTool.onCI { return }
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func noProfileLeavesCostOut() throws {
        let json = Exporter.render(ExportSamples.plainDocument, as: .json)
        let decoded = try JSONDecoder().decode(RouteExport.self, from: Data(json.utf8))
        #expect(decoded.profileApplied == false)
        #expect(decoded.totals.costToLearner == nil)
        #expect(decoded.startingPoint == nil)
        #expect(decoded.steps.allSatisfy { $0.costing == nil })
        #expect(!json.contains("costToLearner"))
    }
}
