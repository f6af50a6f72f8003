/** Reading DMS exports (CSV, Excel) into visits: encodings, column mapping, dates and values as DMSs write them. */
@NullMarked
package com.dealercsi.visit.fileimport;

import org.jspecify.annotations.NullMarked;
