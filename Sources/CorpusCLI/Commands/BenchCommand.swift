import CorpusKit
import Foundation

/// `corpus bench`: measures the throughput of the annotation stages in-process, on one core.
struct BenchCommand: Command {
    static let spec = CommandSpec(
        path: ["bench"], summary: "Measure the annotation stages' speed (MB/s, one core) and peak memory.",
        synopsis: "FILE ... [--stages LIST] [--passes N] [--json] [--style ptb|ud] [--newlines POLICY]",
        options: [
            OptionSpec(["--passes"], .value("N"), help: "Timed passes over all files (default: 5)."),
            OptionSpec(["--json"], help: "Print {\"megabytes\", \"passes\", \"median_mb_per_s\", \"peak_rss_mb\", …} instead of a table."),
        ] + PipelineOptions.specs,
        discussion: """
            Loads each FILE as one document, then runs the stages (default: token,sentence,entity) over all of them
            once to warm up and N more times, timing each pass. Without the entity stage, tokens stream into the
            splitter and are never stored (memory stays flat); with it, the tagger gets the token and sentence arrays. MB are 10^6 bytes of UTF-8 text; the median pass is the
            figure to quote; the same rate over the thread's CPU time is printed beside it, steadier on a shared machine.
            Peak memory is the process's resident-set high-water mark (VmHWM), loading included.

            EXAMPLE:
              swift run -c release corpus bench big.txt --stages token,sentence --passes 7
            """)

    static func run(_ arguments: ParsedArguments, console: Console) throws(CLIError) -> ExitCode {
        guard !arguments.positionals.isEmpty else { throw .usage("\(spec.fullName): error: give at least one FILE") }
        let passes = try arguments.integer("--passes", in: 1...1000) ?? 5
        let pipeline = try PipelineOptions.pipeline(arguments)
        var documents: [Document] = []
        for path in arguments.positionals {
            do {
                documents.append(try Document(contentsOf: path))
            } catch {
                throw .data(error.description)
            }
        }
        let bytes = documents.reduce(0) { $0 + $1.utf8Count }
        let megabytes = Double(bytes) / 1e6
        var checksum = runStages(pipeline, documents)  // warm-up
        var rates: [Double] = []
        var cpuRates: [Double] = []
        for _ in 0..<passes {
            let start = DispatchTime.now().uptimeNanoseconds
            let cpuStart = threadCPUSeconds()
            checksum &+= runStages(pipeline, documents)
            let cpuSeconds = threadCPUSeconds() - cpuStart
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            rates.append(megabytes / max(seconds, 1e-9))
            cpuRates.append(megabytes / max(cpuSeconds, 1e-9))
        }
        let median = rates.sorted()[rates.count / 2]
        let cpuMedian = cpuRates.sorted()[cpuRates.count / 2]
        let peak = peakResidentMegabytes()
        let stages = Stage.allCases.filter(pipeline.stages.contains).map(\.rawValue).joined(separator: ",")
        if arguments.flag("--json") {
            console.write(
                "{\"megabytes\": \(format(megabytes, 3)), \"passes\": \(passes), \"median_mb_per_s\": \(format(median, 1)), "
                    + "\"median_cpu_mb_per_s\": \(format(cpuMedian, 1)), "
                    + "\"peak_rss_mb\": \(peak.map { format($0, 1) } ?? "null"), \"stages\": \"\(stages)\", \"annotations\": \(checksum / (passes + 1))}\n")
        } else {
            console.write("bench: \(documents.count) file\(documents.count == 1 ? "" : "s"), \(format(megabytes, 2)) MB, stages \(stages)\n")
            for (index, rate) in rates.enumerated() {
                console.write("pass \(index + 1): \(format(rate, 1)) MB/s (CPU time: \(format(cpuRates[index], 1)) MB/s)\n")
            }
            console.write("median: \(format(median, 1)) MB/s (CPU time: \(format(cpuMedian, 1)) MB/s)\n")
            if let peak {
                console.write("peak memory: \(format(peak, 1)) MB (\(format(peak / max(megabytes, 1e-9), 2))× the input)\n")
            }
        }
        return .success
    }

    /// Runs the stages over every document, single-threaded; returns the number of annotations made
    /// (printed, so the work cannot be optimised away). Without the entity stage, tokens stream straight
    /// into the splitter and are never stored, as a streaming pipeline would run; the tagger needs the
    /// token and sentence arrays.
    private static func runStages(_ pipeline: Pipeline, _ documents: [Document]) -> Int {
        var count = 0
        for document in documents {
            if pipeline.stages.contains(.entity) {
                let tokens = pipeline.tokenizer.tokenize(document)
                let sentences = pipeline.splitter.split(document, tokens: tokens)
                count += tokens.count + sentences.count
                count += pipeline.tagger.tag(document, tokens: tokens, sentences: sentences).count
            } else if pipeline.stages.contains(.sentence) {
                pipeline.splitter.withSentenceStream(for: document) { stream in
                    pipeline.tokenizer.forEachToken(in: document) { token in
                        count += 1
                        if stream.push(token) != nil { count += 1 }
                    }
                    count += stream.finish().count
                }
            } else {
                pipeline.tokenizer.forEachToken(in: document) { _ in count += 1 }
            }
        }
        return count
    }

    /// The CPU time this thread has used, in seconds (the stages run on it alone).
    private static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The resident-set high-water mark in MB (10^6 bytes), from `/proc/self/status`; `nil` where unavailable.
    private static func peakResidentMegabytes() -> Double? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        else { return nil }
        return kilobytes * 1024 / 1e6
    }

    private static func format(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }
}
