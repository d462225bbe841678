package eu.cinema.site.importing;

/** Where a reader puts what it finds, in the order of the file. */
interface RowSink {

    /** A row without problems, its coordinates as given. */
    void row(ImportRow row);

    void problem(ImportProblem problem);

    /** A column or property that no site field takes. */
    void ignoredColumn(String name);
}
