// SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
// SPDX-License-Identifier: GPL-3.0-or-later
/* jemalloc's settings for every ALFEE process that links the alfee_jemalloc target: freed
   pages are kept rather than returned to the system, so that buffers allocated and freed over
   and over (training activations) do not fault their pages in again
   each time. bench/README.md measures both. */
const char* malloc_conf = "dirty_decay_ms:-1,muzzy_decay_ms:-1";
