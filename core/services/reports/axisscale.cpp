#include "axisscale.h"

#include <algorithm>

namespace entente {

AxisScale AxisScale::forCounts(int largest, int maxTicks)
{
    largest = std::max(largest, 1);
    maxTicks = std::max(maxTicks, 1);
    int magnitude = 1;
    for (;;) {
        for (const int factor : {1, 2, 5}) {
            const int step = factor * magnitude;
            const int ticks = (largest + step - 1) / step;
            if (ticks <= maxTicks)
                return {ticks * step, step};
        }
        magnitude *= 10;
    }
}

} // namespace entente
