import CorpusCLI
import Foundation

exit(CorpusCommandLine.main(Array(CommandLine.arguments.dropFirst())))
