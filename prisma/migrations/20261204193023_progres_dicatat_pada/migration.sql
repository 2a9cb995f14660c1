-- AlterTable
ALTER TABLE "progres_harian" ADD COLUMN     "dicatat_pada" DATE;

