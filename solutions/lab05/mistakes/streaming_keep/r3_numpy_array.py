# mistake: returns a NumPy array (np.r_) instead of a tensor
# expect: dtype
def streaming_keep(length, start, recent):
    validate_int("length", length, 0)
    validate_int("start", start, 0)
    validate_int("recent", recent, 0)
    if length <= start + recent:
        return np.arange(length)
    return np.r_[0:start, length - recent : length]
