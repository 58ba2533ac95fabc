//! Temporal expressions of news text, resolved to day intervals (being written).
