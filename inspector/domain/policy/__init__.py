"""Cookie policies: the model and its matching, the file loader (file:line:col errors), and the importer of published pages."""
