/// What the keys are read by at the moment: a screen, or something open over it. Each mode
/// has its own bindings in `Keymap`.
public enum KeyMode: Sendable, Hashable {
    /// "Quit without saving?" is asking.
    case quitPrompt
    /// The terminal is below the minimum size: only quitting works.
    case tooSmall
    /// A file dialog at one of its stages.
    case dialog(FileDialog.Stage)
    /// The adviser's notes are being edited.
    case notes
    /// A screen, with nothing open over it.
    case screen(Screen)

    /// The mode `state` is in.
    public init(_ state: ExplorerState) {
        if state.confirmingQuit {
            self = .quitPrompt
        } else if state.isTooSmall {
            self = .tooSmall
        } else if let dialog = state.dialog {
            self = .dialog(dialog.stage)
        } else if state.noteEditor != nil {
            self = .notes
        } else {
            self = .screen(state.screen)
        }
    }
}
