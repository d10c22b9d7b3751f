package fr.ush.vigie.ingest;

import fr.ush.vigie.ingest.validate.SourceValidator;
import fr.ush.vigie.model.Col;
import fr.ush.vigie.model.Source;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Spark schemas of the rows read from input files, before typing. */
public final class RawSchemas {

    private RawSchemas() {
    }

    /** One source's raw rows: provenance, structural error, then its canonical columns as text. */
    public static StructType forSource(Source source) {
        List<StructField> fields = new ArrayList<>();
        fields.add(DataTypes.createStructField(Col.FICHIER, DataTypes.StringType, false));
        fields.add(DataTypes.createStructField(Col.LIGNE, DataTypes.LongType, false));
        fields.add(DataTypes.createStructField(SourceValidator.ERREUR_STRUCTURE, DataTypes.StringType, true));
        for (String column : source.columnNames()) {
            fields.add(DataTypes.createStructField(column, DataTypes.StringType, true));
        }
        return new StructType(fields.toArray(StructField[]::new));
    }
}
