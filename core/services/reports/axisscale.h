#pragma once

namespace entente {

// A value axis that starts at zero and ends on a round number, with ticks at round steps
// (1, 2 or 5 times a power of ten) and no fractional steps for counts.
struct AxisScale
{
    int maximum = 1;
    int step = 1;

    static AxisScale forCounts(int largest, int maxTicks = 5);
};

} // namespace entente
