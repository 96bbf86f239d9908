#pragma once
// How far the atscan command's heap goes for huge pages (cli/main.cpp sets mimalloc's options before it
// starts). Committing each segment whole gives the worker threads' memory transparent huge pages from the
// first byte (cold scans 8-14% faster on a virtual machine), but a thread's heap then takes memory in
// 2 MiB steps: about 7 MiB more at the peak per worker (stm32 tree: 122 MiB with 2 workers, 183 with 8,
// 251 with 16, against 111 / 127 / 148 before). The default is one worker per online CPU, so on machines
// with more CPUs than this the heap is left to commit page by page, which keeps the peak under the
// project's 200 MiB goal there.
namespace atscan::cli {

constexpr long kMaxCpusForWholeSegments = 8;

inline bool commit_segments_whole(long online_cpus) { return online_cpus <= kMaxCpusForWholeSegments; }

}  // namespace atscan::cli
