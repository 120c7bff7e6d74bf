import PathwaysGraph
import PathwaysTestSupport
import Testing

import PathwaysTerminalCore
@testable import PathwaysKiosk

/// The kiosk's key table is the only place its keys are decided: every bound key, in every
/// mode, does what its binding's help says, and the footer is drawn from it.
@Suite struct KioskKeymapTests {
    let context = KioskContext(graph: Fixtures.graph, idleTimeout: 120, canPrint: true, canSave: true)

    /// A state in each mode at time 100, on a list with room to move both ways.
    func states() -> [(KioskKeyMode, KioskState)] {
        var list = KioskState()
        list.screen = .question(.qualifications)
        list.selected = 2
        list.lastInput = 90
        var still = list
        still.stillThereSince = 95
        var pin = list
        pin.pinEntry = "24"
        var message = KioskState()
        message.screen = .done("Printed.")
        message.shownAt = 90
        return [(.list, list), (.stillThere, still), (.pin, pin), (.attract, KioskState()), (.message, message)]
    }

    @Test func everyBoundKeyDoesWhatItsHelpSays() {
        for (mode, before) in states() {
            #expect(KioskKeyMode(before) == mode)
            for binding in KioskKeymap.bindings(in: mode) {
                #expect(!binding.keys.isEmpty || binding.anyKey != nil || binding.letters, "\(mode): \(binding.label) binds no key")
                var pressed = binding.keys
                if let any = binding.anyKey { pressed.append((.character("z"), any)) }
                if binding.letters, let first = KioskPage.page(for: before, context: context)?.items.first?.lines.first?.lowercased().first {
                    pressed.append((.character(first), .jump(first)))
                }
                for (key, command) in pressed {
                    #expect(KioskKeymap.command(for: key, in: mode) == command, "\(mode): \(key) under \(binding.label)")
                    var after = before
                    let effects = KioskReducer.reduce(&after, .key(key), context: context, now: 100)
                    if !does(command, before, after, effects) {
                        Issue.record("\(mode): \(binding.label) (\(key)) should \(binding.help.lowercased()) (\(command))")
                    }
                }
            }
        }
    }

    @Test func keysThatEscapeElsewhereDoNothingHere() {
        for (mode, before) in states() where mode == .list || mode == .pin {
            for key in [Key.interrupt, .control("d"), .control("z"), .control("c"), .function(1)] {
                var after = before
                after.notice = before.notice
                _ = KioskReducer.reduce(&after, .key(key), context: context, now: 100)
                #expect(!after.finished && after.screen == before.screen, "\(mode): \(key)")
            }
        }
    }

    @Test func theFooterComesFromTheTable() {
        #expect(KioskKeymap.footer(unicode: true) == "↑ ↓ choose     Enter: select     ←: back")
        #expect(KioskKeymap.footer(unicode: false) == "Up/Down: choose    Enter: select    Left: back")
    }

    func does(_ command: KioskCommand, _ before: KioskState, _ after: KioskState, _ effects: [KioskEffect]) -> Bool {
        switch command {
        case .up: after.selected == before.selected - 1
        case .down: after.selected == before.selected + 1
        case .pageUp: after.selected == max(0, before.selected - 3)
        case .pageDown: after.selected > before.selected
        case .top: after.selected == 0
        case .bottom: after.selected > before.selected
        case .choose: after.screen != before.screen
        case .back: after.screen != before.screen
        case .jump(let letter):
            after.selected != before.selected
                && KioskPage.page(for: after, context: context)?.items[after.selected].lines.first?.lowercased()
                    .hasPrefix(String(letter)) == true
        case .staff: after.pinEntry == ""
        case .start: after.screen == .question(.qualifications)
        case .carryOn: after.stillThereSince == nil && after.screen == before.screen
        case .finish: after == KioskState() && effects == [.clearScreen]
        case .pinDigit(let d): after.pinEntry == (before.pinEntry ?? "") + String(d)
        case .pinDelete: after.pinEntry == String((before.pinEntry ?? "").dropLast())
        case .pinCancel: after.pinEntry == nil && effects.isEmpty
        case .pinEnter: after.pinEntry == nil && effects == [.checkPIN(before.pinEntry ?? "")]
        }
    }
}
