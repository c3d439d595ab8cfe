"""Reports built from the store for instructors: the class report and its parts."""
