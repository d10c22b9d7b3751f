/**
 * The HTML evaluation reports (CONTRACT section 6): view models collected from the marts, Velocity templates
 * and JFreeChart charts. Depends on the pipeline module only for the mart names and columns.
 */
package fr.ush.vigie.reports;
