import Foundation
import PathwaysCommands

exit(Pathways.main(arguments: Array(CommandLine.arguments.dropFirst())))
