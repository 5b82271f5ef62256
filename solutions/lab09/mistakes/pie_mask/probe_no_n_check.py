# mistake: no check of N (broadcasts when one side has one example)
# expect: ValueError
def pie_mask(dense_predictions, compressed_predictions):

    return modal_labels(dense_predictions) != modal_labels(compressed_predictions)
