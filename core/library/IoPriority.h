#pragma once

namespace tintype::iopriority {

// Puts the calling thread in the idle I/O class: its reads wait until no other
// work wants the disk (Linux ioprio_set, IOPRIO_CLASS_IDLE; honoured by the
// BFQ scheduler and network filesystems' local queues). Other systems: nothing.
// True when the thread is now in the idle class.
bool lowerCurrentThread();

// Whether the calling thread is in the idle I/O class (false where unknown).
bool currentThreadIsIdle();

} // namespace tintype::iopriority
