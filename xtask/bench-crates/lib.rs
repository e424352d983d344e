// Empty: the package exists only so that cargo fetches its dependency's sources.
