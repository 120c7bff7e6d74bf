import PathwaysExport
import PathwaysGraph

/// A dialog that saves a file: an export of a route or the plan, or the adviser's session.
///
/// Export: choose a format, then a file name (a suggested one is filled in), then — only when
/// the file is already there — confirm replacing it. Save: the file name, then the same
/// confirmation. The dialog shows any error and stays open so the adviser can try another name.
public struct FileDialog: Sendable, Equatable {
    /// What is being saved.
    public enum Purpose: Sendable, Equatable {
        /// A route exported for the resident; `extraSteps` are steps added to the plan by hand.
        case export(route: Route, extraSteps: [Step], what: String)
        case saveSession
    }

    /// Where the dialog is.
    public enum Stage: Sendable, Equatable {
        case chooseFormat, fileName, confirmReplace
    }

    public var purpose: Purpose
    public var stage: Stage
    /// The format picked (export only).
    public var format: ExportFormat = .markdown
    /// The file name being typed.
    public var name: String
    /// The last problem, in words, shown in the dialog.
    public var problem: String?

    /// A dialog for exporting `route`.
    public static func export(_ route: Route, extraSteps: [Step] = [], what: String) -> FileDialog {
        FileDialog(purpose: .export(route: route, extraSteps: extraSteps, what: what), stage: .chooseFormat, name: "")
    }

    /// A dialog for saving the session, with a suggested name.
    public static func saveSession(suggesting name: String) -> FileDialog {
        FileDialog(purpose: .saveSession, stage: .fileName, name: name)
    }

    public var isExport: Bool { if case .export = purpose { true } else { false } }

    /// The title of the dialog box.
    public var title: String {
        switch purpose {
        case .export(_, _, let what): "Export \(what)"
        case .saveSession: "Save this session"
        }
    }

    /// Adds typed text to the file name; control characters and `/` at the start never get in.
    mutating func type(_ c: Character) {
        guard !NoteEditor.isControl(c), name.count < 200 else { return }
        name.append(c)
        problem = nil
    }

    /// The file name for a session: `pathways-session-AB.json` with the resident's initials,
    /// otherwise `pathways-session-2026-03-02.json` with the date.
    public static func sessionFileName(initials: String?, date: String) -> String {
        let letters = (initials ?? "").filter { $0.isASCII && $0.isLetter }
        return "pathways-session-\(letters.isEmpty ? date : letters.uppercased()).json"
    }

    /// The format name followed by the extension to choose it by: "Markdown (.md)".
    static func optionLabel(_ format: ExportFormat) -> String { "\(format.label) (.\(format.fileExtension))" }
}
