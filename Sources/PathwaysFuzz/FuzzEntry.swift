import CFuzzerDriver
import Foundation
import PathwaysFuzzing

#if FUZZING
/// The target libFuzzer drives, named by `PATHWAYS_FUZZ_TARGET` (`content`, `session` or
/// `kiosk-config`); `.ci/fuzz` sets it.
let selectedTarget: FuzzTarget = {
    let name = getenv("PATHWAYS_FUZZ_TARGET").map { String(cString: $0) } ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("pathways-fuzz: set PATHWAYS_FUZZ_TARGET to one of: \(names)\n".utf8))
        exit(2)
    }
    return target
}()

/// libFuzzer's entry point: one input, which must not crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    selectedTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
}

/// Hands the command line to libFuzzer (`-runs=`, `-max_total_time=`, corpus folders…).
@main
struct FuzzMain {
    static func main() {
        _ = selectedTarget
        exit(pathways_fuzz_driver(CommandLine.argc, CommandLine.unsafeArgv))
    }
}
#else
/// Without the fuzzer: `pathways-fuzz TARGET FILE...` runs each file through a target, to
/// reproduce a crash the fuzzer saved or to check a corpus by hand.
@main
struct FuzzReplay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name), arguments.count > 1 else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: pathways-fuzz \(names) FILE...\n".utf8))
            exit(2)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("pathways-fuzz: cannot read \(path)\n".utf8))
                exit(1)
            }
            target.run([UInt8](data))
        }
        print("ran \(arguments.count - 1) input\(arguments.count == 2 ? "" : "s") through \(name) without a crash")
    }
}
#endif
