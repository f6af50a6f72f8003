/** Tests of the app on a cluster of real processes: Galera, HAProxy, several app nodes (opt-in). */
@NullMarked
package com.dealercsi.cluster;

import org.jspecify.annotations.NullMarked;
