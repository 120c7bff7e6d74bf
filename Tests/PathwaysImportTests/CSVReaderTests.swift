import Testing
@testable import PathwaysImport

/// RFC 4180 reading, and every way a file can break it, each reported at its line.
@Suite("CSV reader")
struct CSVReaderTests {
    @Test func readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let table = try readCSV("a,b,c\r\n1,\"two, with comma\",\"say \"\"hi\"\"\r\nnext line\"\r\n3,,\"\"\r\n")
        #expect(table.header == ["a", "b", "c"])
        #expect(table.rows.map(\.fields) == [["1", "two, with comma", "say \"hi\"\nnext line"], ["3", "", ""]])
        #expect(table.rows.map(\.line) == [2, 4])
    }

    @Test func skipsAByteOrderMarkAndAcceptsBareLineFeedsAndNoFinalBreak() throws {
        let table = try CSVReader().read([0xEF, 0xBB, 0xBF] + Array("name,n\nx,1\ny,2".utf8), file: "bom.csv")
        #expect(table.header == ["name", "n"])
        #expect(table.column("name") == 0)
        #expect(table.rows.map(\.fields) == [["x", "1"], ["y", "2"]])
    }

    @Test func refusesNULBytesWithTheirPosition() {
        let bytes = Array("a,b\n1,2\n3,".utf8) + [0] + Array("4\n".utf8)
        #expect(errors { _ = try CSVReader().read(bytes, file: "nul.csv") }
            == ["nul.csv:3:3: error: NUL byte in the file; a CSV file is text (if the download ends in a run of NUL bytes, it was cut short or padded: download it again)"])
    }

    @Test func refusesBytesThatAreNotUTF8() {
        let bytes = Array("a,b\n".utf8) + [0x31, 0x2C, 0xFF, 0x0A]
        #expect(errors { _ = try CSVReader().read(bytes, file: "latin1.csv") }
            == ["latin1.csv:2:3: error: the file is not UTF-8 text (bad byte 0xFF); save it as UTF-8 CSV"])
    }

    @Test func reportsEveryMalformedRowAtItsLine() {
        let text = "a,b\n1,2\n3\n\"multi\nline\",ok\nx\"y,z\n\"closed\"junk,w\n5,6,7\n"
        #expect(errors { _ = try readCSV(text) } == [
            "test.csv:3: error: row has 1 field; the header has 2",
            "test.csv:6:2: error: a quote inside a field that does not start with one; quote the whole field and write the quote twice (\"\")",
            "test.csv:7:9: error: text after the closing quote of a field; a quote inside a field is written twice (\"\")",
            "test.csv:8: error: row has 3 fields; the header has 2",
        ])
    }

    @Test func reportsAQuoteNeverClosed() {
        #expect(errors { _ = try readCSV("a,b\n1,\"open\n2,3\n") } == ["test.csv:2:3: error: a quoted field opened here is never closed"])
    }

    @Test func refusesAnEmptyFile() {
        #expect(errors { _ = try readCSV("") } == ["test.csv:1: error: the file is empty; expected a header row of column names"])
    }

    @Test func namesAMissingColumn() {
        #expect(errors { _ = try readCSV("a,b\n1,2\n").columns(["a", "c"]) }
            == ["test.csv:1: error: missing column 'c'; the file has 2 columns (a, b)"])
    }
}
