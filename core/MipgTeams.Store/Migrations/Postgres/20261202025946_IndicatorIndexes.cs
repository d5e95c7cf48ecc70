using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MipgTeams.Store.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IndicatorIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChangeRequestEvents_At",
                table: "ChangeRequestEvents");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRequestEvents_At_Type_ChangeRequestId_Version_FromSta~",
                table: "ChangeRequestEvents",
                columns: new[] { "At", "Type", "ChangeRequestId", "Version", "FromStatus" });

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRequestEvents_Type_At",
                table: "ChangeRequestEvents",
                columns: new[] { "Type", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ChangeRequestEvents_At_Type_ChangeRequestId_Version_FromSta~",
                table: "ChangeRequestEvents");

            migrationBuilder.DropIndex(
                name: "IX_ChangeRequestEvents_Type_At",
                table: "ChangeRequestEvents");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeRequestEvents_At",
                table: "ChangeRequestEvents",
                column: "At");
        }
    }
}
