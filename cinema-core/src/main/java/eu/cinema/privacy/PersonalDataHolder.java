package eu.cinema.privacy;

import java.util.List;
import java.util.Map;

/**
 * Personal data one module keeps, found by the person's e-mail address. A module that stores
 * e-mail addresses, names or texts of people contributes a bean of this type.
 */
public interface PersonalDataHolder {

    /** A message-key suffix naming what is kept ({@code privacy.kind.*}). */
    String kind();

    /** The records, each as field names and values, as the person may receive them. */
    List<Map<String, Object>> export(String email);

    /** Erases or anonymises the records; returns how many were touched. */
    int erase(String email);
}
