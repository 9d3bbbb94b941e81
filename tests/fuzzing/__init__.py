"""The fuzzer's parts: what it checks of one input (checks), what it feeds in (inputs), how it shrinks a failure (reduce)."""
