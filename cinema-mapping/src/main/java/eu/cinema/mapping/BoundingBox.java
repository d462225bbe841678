package eu.cinema.mapping;

/**
 * A WGS 84 bounding box, west-south-east-north, as in GeoJSON and the OGC API. West greater than east is a box
 * across the antimeridian (170,60,-170,70 spans 20 degrees of longitude around 180), as RFC 7946 and the OGC API
 * allow.
 */
public record BoundingBox(double west, double south, double east, double north) {

    public static final BoundingBox WORLD = new BoundingBox(-180, -90, 180, 90);

    /** Parses "west,south,east,north" and refuses anything that is not a box on the globe. */
    public static BoundingBox parse(String text) {
        double[] values = numbers(text.split(",", -1));
        return checked(new BoundingBox(values[0], values[1], values[2], values[3]));
    }

    /** The four finite numbers of a box, in whatever system and axis order they are given. */
    public static double[] numbers(String[] parts) {
        if (parts.length != 4) {
            throw new InvalidQueryException("mapping.error.bboxFormat", "bbox");
        }
        double[] values = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                values[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException notANumber) {
                throw new InvalidQueryException("mapping.error.bboxFormat", "bbox");
            }
            if (!Double.isFinite(values[i])) {
                throw new InvalidQueryException("mapping.error.bboxFormat", "bbox");
            }
        }
        return values;
    }

    /** The box itself when it lies on the globe, south below north; refused otherwise. */
    public static BoundingBox checked(BoundingBox box) {
        if (box.west < -180 || box.east > 180 || box.south < -90 || box.north > 90) {
            throw new InvalidQueryException("mapping.error.bboxRange", "bbox");
        }
        if (box.south > box.north) {
            throw new InvalidQueryException("mapping.error.bboxInverted", "bbox");
        }
        return box;
    }

    public boolean crossesAntimeridian() {
        return west > east;
    }
}
