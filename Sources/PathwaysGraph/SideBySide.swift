import Dispatch

/// Runs two pieces of independent work at once (on two cores where there are two) and gives
/// both results: for the checks of a large content set, which only read shared values.
func sideBySide<A: Sendable, B: Sendable>(_ first: @Sendable () -> A, _ second: @Sendable () -> B) -> (A, B) {
    nonisolated(unsafe) var a: A? = nil
    nonisolated(unsafe) var b: B? = nil
    DispatchQueue.concurrentPerform(iterations: 2) { k in
        if k == 0 { a = first() } else { b = second() }
    }
    return (a!, b!)
}
