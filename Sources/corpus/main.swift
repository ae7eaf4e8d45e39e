import CorpusCLI
