import PathwaysExport

/// Why a pathway could not be printed or saved, in words for the visitor.
public enum KioskShareError: Error, Sendable, Hashable, CustomStringConvertible {
    case notSetUp
    case notSaved(FileWriteError)
    case notPrinted(String)

    public var description: String {
        switch self {
        case .notSetUp: "Sorry, printing and saving are not set up on this kiosk. Please ask a member of staff."
        case .notSaved: "Sorry, your pathway could not be saved. Please ask a member of staff."
        case .notPrinted: "Sorry, your pathway could not be printed. Please ask a member of staff."
        }
    }
}
