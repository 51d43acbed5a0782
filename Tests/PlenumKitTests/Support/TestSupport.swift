// Every test file of this target sees the shared helpers (temporary folders, JSON and log
// readers, the stress/external tags) without importing them one by one.
@_exported import PlenumTestSupport
