import Foundation
import PathwaysGraph

/// Reads comma-separated values as RFC 4180 describes them: fields separated by commas,
/// records by CRLF (a bare LF or CR is accepted too), a field in double quotes may hold commas,
/// line breaks and doubled quotes (`""`). A UTF-8 byte-order mark at the start is skipped.
///
/// A file that breaks the format is refused with the line of each problem: a NUL byte, bytes
/// that are not UTF-8, a quote inside an unquoted field, text after a closing quote, a quoted
/// field never closed, a row with a different number of fields from the header. Rows with a
/// problem are left out and every problem is returned, so one run lists them all.
public struct CSVReader: Sendable {
    /// The most problems listed for one file before giving up on it.
    public var maxErrors: Int

    public init(maxErrors: Int = 50) {
        self.maxErrors = maxErrors
    }

    /// Parses `bytes`, naming the file `file` in errors. Throws when there is any problem.
    public func read(_ bytes: [UInt8], file: String) throws(ImportFailure) -> CSVTable {
        var errors: [ImportError] = []
        func fail(_ line: Int, _ column: Int?, _ message: String) {
            if errors.count < maxErrors { errors.append(ImportError(file: file, line: line, column: column, message)) }
        }
        if let nul = bytes.firstIndex(of: 0) {
            let (line, column) = CSVReader.position(of: nul, in: bytes)
            throw ImportFailure([ImportError(file: file, line: line, column: column,
                "NUL byte in the file; a CSV file is text (if the download ends in a run of NUL bytes, it was cut short or padded: download it again)")])
        }
        var start = 0
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        if let bad = CSVReader.firstInvalidUTF8(in: bytes, from: start) {
            let (line, column) = CSVReader.position(of: bad, in: bytes)
            throw ImportFailure([ImportError(file: file, line: line, column: column,
                "the file is not UTF-8 text (bad byte 0x\(String(bytes[bad], radix: 16, uppercase: true))); save it as UTF-8 CSV")])
        }

        var records: [CSVTable.Row] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1, recordLine = 1, column = 1
        var i = start
        var broken = false
        let n = bytes.count
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

        func endField() {
            fields.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        func endRecord() {
            endField()
            if !broken && !(fields.count == 1 && fields[0].isEmpty) {
                records.append(CSVTable.Row(line: recordLine, fields: fields))
            }
            fields.removeAll(keepingCapacity: true)
            broken = false
        }
        /// Skips a line break at `i` (CRLF, LF or CR); true when there was one.
        func skipBreak() -> Bool {
            if bytes[i] == cr {
                i += (i + 1 < n && bytes[i + 1] == lf) ? 2 : 1
            } else if bytes[i] == lf {
                i += 1
            } else {
                return false
            }
            line += 1
            column = 1
            return true
        }

        while i < n {
            if bytes[i] == quote && field.isEmpty {
                // A quoted field: runs to the matching quote, across commas and line breaks.
                let openLine = line, openColumn = column
                i += 1; column += 1
                var closed = false
                while i < n {
                    if bytes[i] == quote {
                        if i + 1 < n && bytes[i + 1] == quote {
                            field.append(quote); i += 2; column += 2
                            continue
                        }
                        i += 1; column += 1
                        closed = true
                        break
                    }
                    if bytes[i] == cr || bytes[i] == lf {
                        let isCRLF = bytes[i] == cr && i + 1 < n && bytes[i + 1] == lf
                        field.append(lf)
                        i += isCRLF ? 2 : 1
                        line += 1; column = 1
                        continue
                    }
                    field.append(bytes[i]); i += 1; column += 1
                }
                if !closed {
                    fail(openLine, openColumn, "a quoted field opened here is never closed")
                    broken = true
                    break
                }
                // After a closing quote: a comma, a line break or the end of the file.
                if i < n && bytes[i] != comma && bytes[i] != cr && bytes[i] != lf {
                    if !broken { fail(line, column, "text after the closing quote of a field; a quote inside a field is written twice (\"\")") }
                    broken = true
                    while i < n && bytes[i] != comma && bytes[i] != cr && bytes[i] != lf { i += 1; column += 1 }
                }
                continue
            }
            let b = bytes[i]
            if b == comma {
                endField(); i += 1; column += 1
            } else if b == cr || b == lf {
                _ = skipBreak()
                endRecord()
                recordLine = line
            } else {
                if b == quote && !broken {
                    fail(line, column, "a quote inside a field that does not start with one; quote the whole field and write the quote twice (\"\")")
                    broken = true
                }
                field.append(b); i += 1; column += 1
            }
        }
        if !fields.isEmpty || !field.isEmpty { endRecord() }

        guard let first = records.first else {
            if errors.isEmpty { fail(1, nil, "the file is empty; expected a header row of column names") }
            throw ImportFailure(errors)
        }
        let header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var rows: [CSVTable.Row] = []
        rows.reserveCapacity(records.count)
        for record in records.dropFirst() {
            if record.fields.count != header.count {
                fail(record.line, nil, "row has \(Wording.plural(record.fields.count, "field")); the header has \(header.count)")
                continue
            }
            rows.append(record)
        }
        if !errors.isEmpty { throw ImportFailure(errors) }
        return CSVTable(file: file, header: header, rows: rows)
    }

    /// Line and column (1-based) of a byte offset.
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        var i = 0
        while i < offset {
            if bytes[i] == UInt8(ascii: "\n") || (bytes[i] == UInt8(ascii: "\r") && (i + 1 >= bytes.count || bytes[i + 1] != UInt8(ascii: "\n"))) {
                line += 1; column = 1
            } else if bytes[i] != UInt8(ascii: "\r") {
                column += 1
            }
            i += 1
        }
        return (line, column)
    }

    /// Offset of the first byte that is not part of valid UTF-8, if any.
    static func firstInvalidUTF8(in bytes: [UInt8], from start: Int) -> Int? {
        var iterator = bytes[start...].makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = start
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
