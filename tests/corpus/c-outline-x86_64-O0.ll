; ModuleID = 'outline.c'
source_filename = "outline.c"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-unknown-linux-gnu"

%struct.ctx = type { i64, i64, i64, i64, ptr, i32 }

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @step0(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %struct.ctx, ptr %3, i32 0, i32 0
  %5 = load i64, ptr %4, align 8
  %6 = mul nsw i64 %5, 3
  %7 = load ptr, ptr %2, align 8
  %8 = getelementptr inbounds nuw %struct.ctx, ptr %7, i32 0, i32 1
  %9 = load i64, ptr %8, align 8
  %10 = add nsw i64 %6, %9
  %11 = load ptr, ptr %2, align 8
  %12 = getelementptr inbounds nuw %struct.ctx, ptr %11, i32 0, i32 0
  store i64 %10, ptr %12, align 8
  %13 = load ptr, ptr %2, align 8
  %14 = getelementptr inbounds nuw %struct.ctx, ptr %13, i32 0, i32 1
  %15 = load i64, ptr %14, align 8
  %16 = load ptr, ptr %2, align 8
  %17 = getelementptr inbounds nuw %struct.ctx, ptr %16, i32 0, i32 2
  %18 = load i64, ptr %17, align 8
  %19 = shl i64 %18, 2
  %20 = xor i64 %15, %19
  %21 = load ptr, ptr %2, align 8
  %22 = getelementptr inbounds nuw %struct.ctx, ptr %21, i32 0, i32 1
  store i64 %20, ptr %22, align 8
  %23 = load ptr, ptr %2, align 8
  %24 = getelementptr inbounds nuw %struct.ctx, ptr %23, i32 0, i32 2
  %25 = load i64, ptr %24, align 8
  %26 = load ptr, ptr %2, align 8
  %27 = getelementptr inbounds nuw %struct.ctx, ptr %26, i32 0, i32 3
  %28 = load i64, ptr %27, align 8
  %29 = mul nsw i64 %28, 5
  %30 = add nsw i64 %25, %29
  %31 = load ptr, ptr %2, align 8
  %32 = getelementptr inbounds nuw %struct.ctx, ptr %31, i32 0, i32 2
  store i64 %30, ptr %32, align 8
  %33 = load ptr, ptr %2, align 8
  %34 = getelementptr inbounds nuw %struct.ctx, ptr %33, i32 0, i32 3
  %35 = load i64, ptr %34, align 8
  %36 = load ptr, ptr %2, align 8
  %37 = getelementptr inbounds nuw %struct.ctx, ptr %36, i32 0, i32 0
  %38 = load i64, ptr %37, align 8
  %39 = sub nsw i64 %35, %38
  %40 = load ptr, ptr %2, align 8
  %41 = getelementptr inbounds nuw %struct.ctx, ptr %40, i32 0, i32 3
  store i64 %39, ptr %41, align 8
  %42 = load ptr, ptr %2, align 8
  %43 = load ptr, ptr %2, align 8
  %44 = getelementptr inbounds nuw %struct.ctx, ptr %43, i32 0, i32 0
  %45 = load i64, ptr %44, align 8
  %46 = add nsw i64 %45, 0
  call void @note(ptr noundef %42, i64 noundef %46)
  %47 = load ptr, ptr %2, align 8
  %48 = load ptr, ptr %2, align 8
  %49 = getelementptr inbounds nuw %struct.ctx, ptr %48, i32 0, i32 1
  %50 = load i64, ptr %49, align 8
  %51 = sub nsw i64 %50, 0
  call void @note(ptr noundef %47, i64 noundef %51)
  %52 = load ptr, ptr %2, align 8
  %53 = getelementptr inbounds nuw %struct.ctx, ptr %52, i32 0, i32 0
  %54 = load i64, ptr %53, align 8
  %55 = load ptr, ptr %2, align 8
  %56 = getelementptr inbounds nuw %struct.ctx, ptr %55, i32 0, i32 1
  %57 = load i64, ptr %56, align 8
  %58 = xor i64 %54, %57
  %59 = load ptr, ptr %2, align 8
  %60 = getelementptr inbounds nuw %struct.ctx, ptr %59, i32 0, i32 2
  %61 = load i64, ptr %60, align 8
  %62 = xor i64 %58, %61
  %63 = load ptr, ptr %2, align 8
  %64 = getelementptr inbounds nuw %struct.ctx, ptr %63, i32 0, i32 3
  %65 = load i64, ptr %64, align 8
  %66 = xor i64 %62, %65
  %67 = load ptr, ptr %2, align 8
  %68 = getelementptr inbounds nuw %struct.ctx, ptr %67, i32 0, i32 4
  %69 = load ptr, ptr %68, align 8
  %70 = load ptr, ptr %2, align 8
  %71 = getelementptr inbounds nuw %struct.ctx, ptr %70, i32 0, i32 5
  %72 = load i32, ptr %71, align 8
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %71, align 8
  %74 = and i32 %72, 63
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds i64, ptr %69, i64 %75
  store i64 %66, ptr %76, align 8
  ret void
}

declare void @note(ptr noundef, i64 noundef) #1

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @step1(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %struct.ctx, ptr %3, i32 0, i32 0
  %5 = load i64, ptr %4, align 8
  %6 = mul nsw i64 %5, 3
  %7 = load ptr, ptr %2, align 8
  %8 = getelementptr inbounds nuw %struct.ctx, ptr %7, i32 0, i32 1
  %9 = load i64, ptr %8, align 8
  %10 = add nsw i64 %6, %9
  %11 = load ptr, ptr %2, align 8
  %12 = getelementptr inbounds nuw %struct.ctx, ptr %11, i32 0, i32 0
  store i64 %10, ptr %12, align 8
  %13 = load ptr, ptr %2, align 8
  %14 = getelementptr inbounds nuw %struct.ctx, ptr %13, i32 0, i32 1
  %15 = load i64, ptr %14, align 8
  %16 = load ptr, ptr %2, align 8
  %17 = getelementptr inbounds nuw %struct.ctx, ptr %16, i32 0, i32 2
  %18 = load i64, ptr %17, align 8
  %19 = shl i64 %18, 2
  %20 = xor i64 %15, %19
  %21 = load ptr, ptr %2, align 8
  %22 = getelementptr inbounds nuw %struct.ctx, ptr %21, i32 0, i32 1
  store i64 %20, ptr %22, align 8
  %23 = load ptr, ptr %2, align 8
  %24 = getelementptr inbounds nuw %struct.ctx, ptr %23, i32 0, i32 2
  %25 = load i64, ptr %24, align 8
  %26 = load ptr, ptr %2, align 8
  %27 = getelementptr inbounds nuw %struct.ctx, ptr %26, i32 0, i32 3
  %28 = load i64, ptr %27, align 8
  %29 = mul nsw i64 %28, 5
  %30 = add nsw i64 %25, %29
  %31 = load ptr, ptr %2, align 8
  %32 = getelementptr inbounds nuw %struct.ctx, ptr %31, i32 0, i32 2
  store i64 %30, ptr %32, align 8
  %33 = load ptr, ptr %2, align 8
  %34 = getelementptr inbounds nuw %struct.ctx, ptr %33, i32 0, i32 3
  %35 = load i64, ptr %34, align 8
  %36 = load ptr, ptr %2, align 8
  %37 = getelementptr inbounds nuw %struct.ctx, ptr %36, i32 0, i32 0
  %38 = load i64, ptr %37, align 8
  %39 = sub nsw i64 %35, %38
  %40 = load ptr, ptr %2, align 8
  %41 = getelementptr inbounds nuw %struct.ctx, ptr %40, i32 0, i32 3
  store i64 %39, ptr %41, align 8
  %42 = load ptr, ptr %2, align 8
  %43 = load ptr, ptr %2, align 8
  %44 = getelementptr inbounds nuw %struct.ctx, ptr %43, i32 0, i32 0
  %45 = load i64, ptr %44, align 8
  %46 = add nsw i64 %45, 1
  call void @note(ptr noundef %42, i64 noundef %46)
  %47 = load ptr, ptr %2, align 8
  %48 = load ptr, ptr %2, align 8
  %49 = getelementptr inbounds nuw %struct.ctx, ptr %48, i32 0, i32 1
  %50 = load i64, ptr %49, align 8
  %51 = sub nsw i64 %50, 1
  call void @note(ptr noundef %47, i64 noundef %51)
  %52 = load ptr, ptr %2, align 8
  %53 = getelementptr inbounds nuw %struct.ctx, ptr %52, i32 0, i32 0
  %54 = load i64, ptr %53, align 8
  %55 = load ptr, ptr %2, align 8
  %56 = getelementptr inbounds nuw %struct.ctx, ptr %55, i32 0, i32 1
  %57 = load i64, ptr %56, align 8
  %58 = xor i64 %54, %57
  %59 = load ptr, ptr %2, align 8
  %60 = getelementptr inbounds nuw %struct.ctx, ptr %59, i32 0, i32 2
  %61 = load i64, ptr %60, align 8
  %62 = xor i64 %58, %61
  %63 = load ptr, ptr %2, align 8
  %64 = getelementptr inbounds nuw %struct.ctx, ptr %63, i32 0, i32 3
  %65 = load i64, ptr %64, align 8
  %66 = xor i64 %62, %65
  %67 = load ptr, ptr %2, align 8
  %68 = getelementptr inbounds nuw %struct.ctx, ptr %67, i32 0, i32 4
  %69 = load ptr, ptr %68, align 8
  %70 = load ptr, ptr %2, align 8
  %71 = getelementptr inbounds nuw %struct.ctx, ptr %70, i32 0, i32 5
  %72 = load i32, ptr %71, align 8
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %71, align 8
  %74 = and i32 %72, 63
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds i64, ptr %69, i64 %75
  store i64 %66, ptr %76, align 8
  %77 = load ptr, ptr %2, align 8
  %78 = getelementptr inbounds nuw %struct.ctx, ptr %77, i32 0, i32 0
  %79 = load i64, ptr %78, align 8
  %80 = mul nsw i64 %79, 3
  %81 = load ptr, ptr %2, align 8
  %82 = getelementptr inbounds nuw %struct.ctx, ptr %81, i32 0, i32 1
  %83 = load i64, ptr %82, align 8
  %84 = add nsw i64 %80, %83
  %85 = load ptr, ptr %2, align 8
  %86 = getelementptr inbounds nuw %struct.ctx, ptr %85, i32 0, i32 0
  store i64 %84, ptr %86, align 8
  %87 = load ptr, ptr %2, align 8
  %88 = getelementptr inbounds nuw %struct.ctx, ptr %87, i32 0, i32 1
  %89 = load i64, ptr %88, align 8
  %90 = load ptr, ptr %2, align 8
  %91 = getelementptr inbounds nuw %struct.ctx, ptr %90, i32 0, i32 2
  %92 = load i64, ptr %91, align 8
  %93 = shl i64 %92, 2
  %94 = xor i64 %89, %93
  %95 = load ptr, ptr %2, align 8
  %96 = getelementptr inbounds nuw %struct.ctx, ptr %95, i32 0, i32 1
  store i64 %94, ptr %96, align 8
  %97 = load ptr, ptr %2, align 8
  %98 = getelementptr inbounds nuw %struct.ctx, ptr %97, i32 0, i32 2
  %99 = load i64, ptr %98, align 8
  %100 = load ptr, ptr %2, align 8
  %101 = getelementptr inbounds nuw %struct.ctx, ptr %100, i32 0, i32 3
  %102 = load i64, ptr %101, align 8
  %103 = mul nsw i64 %102, 5
  %104 = add nsw i64 %99, %103
  %105 = load ptr, ptr %2, align 8
  %106 = getelementptr inbounds nuw %struct.ctx, ptr %105, i32 0, i32 2
  store i64 %104, ptr %106, align 8
  %107 = load ptr, ptr %2, align 8
  %108 = getelementptr inbounds nuw %struct.ctx, ptr %107, i32 0, i32 3
  %109 = load i64, ptr %108, align 8
  %110 = load ptr, ptr %2, align 8
  %111 = getelementptr inbounds nuw %struct.ctx, ptr %110, i32 0, i32 0
  %112 = load i64, ptr %111, align 8
  %113 = sub nsw i64 %109, %112
  %114 = load ptr, ptr %2, align 8
  %115 = getelementptr inbounds nuw %struct.ctx, ptr %114, i32 0, i32 3
  store i64 %113, ptr %115, align 8
  %116 = load ptr, ptr %2, align 8
  %117 = load ptr, ptr %2, align 8
  %118 = getelementptr inbounds nuw %struct.ctx, ptr %117, i32 0, i32 0
  %119 = load i64, ptr %118, align 8
  %120 = add nsw i64 %119, 11
  call void @note(ptr noundef %116, i64 noundef %120)
  %121 = load ptr, ptr %2, align 8
  %122 = load ptr, ptr %2, align 8
  %123 = getelementptr inbounds nuw %struct.ctx, ptr %122, i32 0, i32 1
  %124 = load i64, ptr %123, align 8
  %125 = sub nsw i64 %124, 11
  call void @note(ptr noundef %121, i64 noundef %125)
  %126 = load ptr, ptr %2, align 8
  %127 = getelementptr inbounds nuw %struct.ctx, ptr %126, i32 0, i32 0
  %128 = load i64, ptr %127, align 8
  %129 = load ptr, ptr %2, align 8
  %130 = getelementptr inbounds nuw %struct.ctx, ptr %129, i32 0, i32 1
  %131 = load i64, ptr %130, align 8
  %132 = xor i64 %128, %131
  %133 = load ptr, ptr %2, align 8
  %134 = getelementptr inbounds nuw %struct.ctx, ptr %133, i32 0, i32 2
  %135 = load i64, ptr %134, align 8
  %136 = xor i64 %132, %135
  %137 = load ptr, ptr %2, align 8
  %138 = getelementptr inbounds nuw %struct.ctx, ptr %137, i32 0, i32 3
  %139 = load i64, ptr %138, align 8
  %140 = xor i64 %136, %139
  %141 = load ptr, ptr %2, align 8
  %142 = getelementptr inbounds nuw %struct.ctx, ptr %141, i32 0, i32 4
  %143 = load ptr, ptr %142, align 8
  %144 = load ptr, ptr %2, align 8
  %145 = getelementptr inbounds nuw %struct.ctx, ptr %144, i32 0, i32 5
  %146 = load i32, ptr %145, align 8
  %147 = add nsw i32 %146, 1
  store i32 %147, ptr %145, align 8
  %148 = and i32 %146, 63
  %149 = sext i32 %148 to i64
  %150 = getelementptr inbounds i64, ptr %143, i64 %149
  store i64 %140, ptr %150, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @step2(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %struct.ctx, ptr %3, i32 0, i32 0
  %5 = load i64, ptr %4, align 8
  %6 = mul nsw i64 %5, 3
  %7 = load ptr, ptr %2, align 8
  %8 = getelementptr inbounds nuw %struct.ctx, ptr %7, i32 0, i32 1
  %9 = load i64, ptr %8, align 8
  %10 = add nsw i64 %6, %9
  %11 = load ptr, ptr %2, align 8
  %12 = getelementptr inbounds nuw %struct.ctx, ptr %11, i32 0, i32 0
  store i64 %10, ptr %12, align 8
  %13 = load ptr, ptr %2, align 8
  %14 = getelementptr inbounds nuw %struct.ctx, ptr %13, i32 0, i32 1
  %15 = load i64, ptr %14, align 8
  %16 = load ptr, ptr %2, align 8
  %17 = getelementptr inbounds nuw %struct.ctx, ptr %16, i32 0, i32 2
  %18 = load i64, ptr %17, align 8
  %19 = shl i64 %18, 2
  %20 = xor i64 %15, %19
  %21 = load ptr, ptr %2, align 8
  %22 = getelementptr inbounds nuw %struct.ctx, ptr %21, i32 0, i32 1
  store i64 %20, ptr %22, align 8
  %23 = load ptr, ptr %2, align 8
  %24 = getelementptr inbounds nuw %struct.ctx, ptr %23, i32 0, i32 2
  %25 = load i64, ptr %24, align 8
  %26 = load ptr, ptr %2, align 8
  %27 = getelementptr inbounds nuw %struct.ctx, ptr %26, i32 0, i32 3
  %28 = load i64, ptr %27, align 8
  %29 = mul nsw i64 %28, 5
  %30 = add nsw i64 %25, %29
  %31 = load ptr, ptr %2, align 8
  %32 = getelementptr inbounds nuw %struct.ctx, ptr %31, i32 0, i32 2
  store i64 %30, ptr %32, align 8
  %33 = load ptr, ptr %2, align 8
  %34 = getelementptr inbounds nuw %struct.ctx, ptr %33, i32 0, i32 3
  %35 = load i64, ptr %34, align 8
  %36 = load ptr, ptr %2, align 8
  %37 = getelementptr inbounds nuw %struct.ctx, ptr %36, i32 0, i32 0
  %38 = load i64, ptr %37, align 8
  %39 = sub nsw i64 %35, %38
  %40 = load ptr, ptr %2, align 8
  %41 = getelementptr inbounds nuw %struct.ctx, ptr %40, i32 0, i32 3
  store i64 %39, ptr %41, align 8
  %42 = load ptr, ptr %2, align 8
  %43 = load ptr, ptr %2, align 8
  %44 = getelementptr inbounds nuw %struct.ctx, ptr %43, i32 0, i32 0
  %45 = load i64, ptr %44, align 8
  %46 = add nsw i64 %45, 2
  call void @note(ptr noundef %42, i64 noundef %46)
  %47 = load ptr, ptr %2, align 8
  %48 = load ptr, ptr %2, align 8
  %49 = getelementptr inbounds nuw %struct.ctx, ptr %48, i32 0, i32 1
  %50 = load i64, ptr %49, align 8
  %51 = sub nsw i64 %50, 2
  call void @note(ptr noundef %47, i64 noundef %51)
  %52 = load ptr, ptr %2, align 8
  %53 = getelementptr inbounds nuw %struct.ctx, ptr %52, i32 0, i32 0
  %54 = load i64, ptr %53, align 8
  %55 = load ptr, ptr %2, align 8
  %56 = getelementptr inbounds nuw %struct.ctx, ptr %55, i32 0, i32 1
  %57 = load i64, ptr %56, align 8
  %58 = xor i64 %54, %57
  %59 = load ptr, ptr %2, align 8
  %60 = getelementptr inbounds nuw %struct.ctx, ptr %59, i32 0, i32 2
  %61 = load i64, ptr %60, align 8
  %62 = xor i64 %58, %61
  %63 = load ptr, ptr %2, align 8
  %64 = getelementptr inbounds nuw %struct.ctx, ptr %63, i32 0, i32 3
  %65 = load i64, ptr %64, align 8
  %66 = xor i64 %62, %65
  %67 = load ptr, ptr %2, align 8
  %68 = getelementptr inbounds nuw %struct.ctx, ptr %67, i32 0, i32 4
  %69 = load ptr, ptr %68, align 8
  %70 = load ptr, ptr %2, align 8
  %71 = getelementptr inbounds nuw %struct.ctx, ptr %70, i32 0, i32 5
  %72 = load i32, ptr %71, align 8
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %71, align 8
  %74 = and i32 %72, 63
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds i64, ptr %69, i64 %75
  store i64 %66, ptr %76, align 8
  %77 = load ptr, ptr %2, align 8
  %78 = getelementptr inbounds nuw %struct.ctx, ptr %77, i32 0, i32 0
  %79 = load i64, ptr %78, align 8
  %80 = mul nsw i64 %79, 3
  %81 = load ptr, ptr %2, align 8
  %82 = getelementptr inbounds nuw %struct.ctx, ptr %81, i32 0, i32 1
  %83 = load i64, ptr %82, align 8
  %84 = add nsw i64 %80, %83
  %85 = load ptr, ptr %2, align 8
  %86 = getelementptr inbounds nuw %struct.ctx, ptr %85, i32 0, i32 0
  store i64 %84, ptr %86, align 8
  %87 = load ptr, ptr %2, align 8
  %88 = getelementptr inbounds nuw %struct.ctx, ptr %87, i32 0, i32 1
  %89 = load i64, ptr %88, align 8
  %90 = load ptr, ptr %2, align 8
  %91 = getelementptr inbounds nuw %struct.ctx, ptr %90, i32 0, i32 2
  %92 = load i64, ptr %91, align 8
  %93 = shl i64 %92, 2
  %94 = xor i64 %89, %93
  %95 = load ptr, ptr %2, align 8
  %96 = getelementptr inbounds nuw %struct.ctx, ptr %95, i32 0, i32 1
  store i64 %94, ptr %96, align 8
  %97 = load ptr, ptr %2, align 8
  %98 = getelementptr inbounds nuw %struct.ctx, ptr %97, i32 0, i32 2
  %99 = load i64, ptr %98, align 8
  %100 = load ptr, ptr %2, align 8
  %101 = getelementptr inbounds nuw %struct.ctx, ptr %100, i32 0, i32 3
  %102 = load i64, ptr %101, align 8
  %103 = mul nsw i64 %102, 5
  %104 = add nsw i64 %99, %103
  %105 = load ptr, ptr %2, align 8
  %106 = getelementptr inbounds nuw %struct.ctx, ptr %105, i32 0, i32 2
  store i64 %104, ptr %106, align 8
  %107 = load ptr, ptr %2, align 8
  %108 = getelementptr inbounds nuw %struct.ctx, ptr %107, i32 0, i32 3
  %109 = load i64, ptr %108, align 8
  %110 = load ptr, ptr %2, align 8
  %111 = getelementptr inbounds nuw %struct.ctx, ptr %110, i32 0, i32 0
  %112 = load i64, ptr %111, align 8
  %113 = sub nsw i64 %109, %112
  %114 = load ptr, ptr %2, align 8
  %115 = getelementptr inbounds nuw %struct.ctx, ptr %114, i32 0, i32 3
  store i64 %113, ptr %115, align 8
  %116 = load ptr, ptr %2, align 8
  %117 = load ptr, ptr %2, align 8
  %118 = getelementptr inbounds nuw %struct.ctx, ptr %117, i32 0, i32 0
  %119 = load i64, ptr %118, align 8
  %120 = add nsw i64 %119, 12
  call void @note(ptr noundef %116, i64 noundef %120)
  %121 = load ptr, ptr %2, align 8
  %122 = load ptr, ptr %2, align 8
  %123 = getelementptr inbounds nuw %struct.ctx, ptr %122, i32 0, i32 1
  %124 = load i64, ptr %123, align 8
  %125 = sub nsw i64 %124, 12
  call void @note(ptr noundef %121, i64 noundef %125)
  %126 = load ptr, ptr %2, align 8
  %127 = getelementptr inbounds nuw %struct.ctx, ptr %126, i32 0, i32 0
  %128 = load i64, ptr %127, align 8
  %129 = load ptr, ptr %2, align 8
  %130 = getelementptr inbounds nuw %struct.ctx, ptr %129, i32 0, i32 1
  %131 = load i64, ptr %130, align 8
  %132 = xor i64 %128, %131
  %133 = load ptr, ptr %2, align 8
  %134 = getelementptr inbounds nuw %struct.ctx, ptr %133, i32 0, i32 2
  %135 = load i64, ptr %134, align 8
  %136 = xor i64 %132, %135
  %137 = load ptr, ptr %2, align 8
  %138 = getelementptr inbounds nuw %struct.ctx, ptr %137, i32 0, i32 3
  %139 = load i64, ptr %138, align 8
  %140 = xor i64 %136, %139
  %141 = load ptr, ptr %2, align 8
  %142 = getelementptr inbounds nuw %struct.ctx, ptr %141, i32 0, i32 4
  %143 = load ptr, ptr %142, align 8
  %144 = load ptr, ptr %2, align 8
  %145 = getelementptr inbounds nuw %struct.ctx, ptr %144, i32 0, i32 5
  %146 = load i32, ptr %145, align 8
  %147 = add nsw i32 %146, 1
  store i32 %147, ptr %145, align 8
  %148 = and i32 %146, 63
  %149 = sext i32 %148 to i64
  %150 = getelementptr inbounds i64, ptr %143, i64 %149
  store i64 %140, ptr %150, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @step3(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %struct.ctx, ptr %3, i32 0, i32 0
  %5 = load i64, ptr %4, align 8
  %6 = mul nsw i64 %5, 3
  %7 = load ptr, ptr %2, align 8
  %8 = getelementptr inbounds nuw %struct.ctx, ptr %7, i32 0, i32 1
  %9 = load i64, ptr %8, align 8
  %10 = add nsw i64 %6, %9
  %11 = load ptr, ptr %2, align 8
  %12 = getelementptr inbounds nuw %struct.ctx, ptr %11, i32 0, i32 0
  store i64 %10, ptr %12, align 8
  %13 = load ptr, ptr %2, align 8
  %14 = getelementptr inbounds nuw %struct.ctx, ptr %13, i32 0, i32 1
  %15 = load i64, ptr %14, align 8
  %16 = load ptr, ptr %2, align 8
  %17 = getelementptr inbounds nuw %struct.ctx, ptr %16, i32 0, i32 2
  %18 = load i64, ptr %17, align 8
  %19 = shl i64 %18, 2
  %20 = xor i64 %15, %19
  %21 = load ptr, ptr %2, align 8
  %22 = getelementptr inbounds nuw %struct.ctx, ptr %21, i32 0, i32 1
  store i64 %20, ptr %22, align 8
  %23 = load ptr, ptr %2, align 8
  %24 = getelementptr inbounds nuw %struct.ctx, ptr %23, i32 0, i32 2
  %25 = load i64, ptr %24, align 8
  %26 = load ptr, ptr %2, align 8
  %27 = getelementptr inbounds nuw %struct.ctx, ptr %26, i32 0, i32 3
  %28 = load i64, ptr %27, align 8
  %29 = mul nsw i64 %28, 5
  %30 = add nsw i64 %25, %29
  %31 = load ptr, ptr %2, align 8
  %32 = getelementptr inbounds nuw %struct.ctx, ptr %31, i32 0, i32 2
  store i64 %30, ptr %32, align 8
  %33 = load ptr, ptr %2, align 8
  %34 = getelementptr inbounds nuw %struct.ctx, ptr %33, i32 0, i32 3
  %35 = load i64, ptr %34, align 8
  %36 = load ptr, ptr %2, align 8
  %37 = getelementptr inbounds nuw %struct.ctx, ptr %36, i32 0, i32 0
  %38 = load i64, ptr %37, align 8
  %39 = sub nsw i64 %35, %38
  %40 = load ptr, ptr %2, align 8
  %41 = getelementptr inbounds nuw %struct.ctx, ptr %40, i32 0, i32 3
  store i64 %39, ptr %41, align 8
  %42 = load ptr, ptr %2, align 8
  %43 = load ptr, ptr %2, align 8
  %44 = getelementptr inbounds nuw %struct.ctx, ptr %43, i32 0, i32 0
  %45 = load i64, ptr %44, align 8
  %46 = add nsw i64 %45, 3
  call void @note(ptr noundef %42, i64 noundef %46)
  %47 = load ptr, ptr %2, align 8
  %48 = load ptr, ptr %2, align 8
  %49 = getelementptr inbounds nuw %struct.ctx, ptr %48, i32 0, i32 1
  %50 = load i64, ptr %49, align 8
  %51 = sub nsw i64 %50, 3
  call void @note(ptr noundef %47, i64 noundef %51)
  %52 = load ptr, ptr %2, align 8
  %53 = getelementptr inbounds nuw %struct.ctx, ptr %52, i32 0, i32 0
  %54 = load i64, ptr %53, align 8
  %55 = load ptr, ptr %2, align 8
  %56 = getelementptr inbounds nuw %struct.ctx, ptr %55, i32 0, i32 1
  %57 = load i64, ptr %56, align 8
  %58 = xor i64 %54, %57
  %59 = load ptr, ptr %2, align 8
  %60 = getelementptr inbounds nuw %struct.ctx, ptr %59, i32 0, i32 2
  %61 = load i64, ptr %60, align 8
  %62 = xor i64 %58, %61
  %63 = load ptr, ptr %2, align 8
  %64 = getelementptr inbounds nuw %struct.ctx, ptr %63, i32 0, i32 3
  %65 = load i64, ptr %64, align 8
  %66 = xor i64 %62, %65
  %67 = load ptr, ptr %2, align 8
  %68 = getelementptr inbounds nuw %struct.ctx, ptr %67, i32 0, i32 4
  %69 = load ptr, ptr %68, align 8
  %70 = load ptr, ptr %2, align 8
  %71 = getelementptr inbounds nuw %struct.ctx, ptr %70, i32 0, i32 5
  %72 = load i32, ptr %71, align 8
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %71, align 8
  %74 = and i32 %72, 63
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds i64, ptr %69, i64 %75
  store i64 %66, ptr %76, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @step4(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %struct.ctx, ptr %3, i32 0, i32 0
  %5 = load i64, ptr %4, align 8
  %6 = mul nsw i64 %5, 3
  %7 = load ptr, ptr %2, align 8
  %8 = getelementptr inbounds nuw %struct.ctx, ptr %7, i32 0, i32 1
  %9 = load i64, ptr %8, align 8
  %10 = add nsw i64 %6, %9
  %11 = load ptr, ptr %2, align 8
  %12 = getelementptr inbounds nuw %struct.ctx, ptr %11, i32 0, i32 0
  store i64 %10, ptr %12, align 8
  %13 = load ptr, ptr %2, align 8
  %14 = getelementptr inbounds nuw %struct.ctx, ptr %13, i32 0, i32 1
  %15 = load i64, ptr %14, align 8
  %16 = load ptr, ptr %2, align 8
  %17 = getelementptr inbounds nuw %struct.ctx, ptr %16, i32 0, i32 2
  %18 = load i64, ptr %17, align 8
  %19 = shl i64 %18, 2
  %20 = xor i64 %15, %19
  %21 = load ptr, ptr %2, align 8
  %22 = getelementptr inbounds nuw %struct.ctx, ptr %21, i32 0, i32 1
  store i64 %20, ptr %22, align 8
  %23 = load ptr, ptr %2, align 8
  %24 = getelementptr inbounds nuw %struct.ctx, ptr %23, i32 0, i32 2
  %25 = load i64, ptr %24, align 8
  %26 = load ptr, ptr %2, align 8
  %27 = getelementptr inbounds nuw %struct.ctx, ptr %26, i32 0, i32 3
  %28 = load i64, ptr %27, align 8
  %29 = mul nsw i64 %28, 5
  %30 = add nsw i64 %25, %29
  %31 = load ptr, ptr %2, align 8
  %32 = getelementptr inbounds nuw %struct.ctx, ptr %31, i32 0, i32 2
  store i64 %30, ptr %32, align 8
  %33 = load ptr, ptr %2, align 8
  %34 = getelementptr inbounds nuw %struct.ctx, ptr %33, i32 0, i32 3
  %35 = load i64, ptr %34, align 8
  %36 = load ptr, ptr %2, align 8
  %37 = getelementptr inbounds nuw %struct.ctx, ptr %36, i32 0, i32 0
  %38 = load i64, ptr %37, align 8
  %39 = sub nsw i64 %35, %38
  %40 = load ptr, ptr %2, align 8
  %41 = getelementptr inbounds nuw %struct.ctx, ptr %40, i32 0, i32 3
  store i64 %39, ptr %41, align 8
  %42 = load ptr, ptr %2, align 8
  %43 = load ptr, ptr %2, align 8
  %44 = getelementptr inbounds nuw %struct.ctx, ptr %43, i32 0, i32 0
  %45 = load i64, ptr %44, align 8
  %46 = add nsw i64 %45, 4
  call void @note(ptr noundef %42, i64 noundef %46)
  %47 = load ptr, ptr %2, align 8
  %48 = load ptr, ptr %2, align 8
  %49 = getelementptr inbounds nuw %struct.ctx, ptr %48, i32 0, i32 1
  %50 = load i64, ptr %49, align 8
  %51 = sub nsw i64 %50, 4
  call void @note(ptr noundef %47, i64 noundef %51)
  %52 = load ptr, ptr %2, align 8
  %53 = getelementptr inbounds nuw %struct.ctx, ptr %52, i32 0, i32 0
  %54 = load i64, ptr %53, align 8
  %55 = load ptr, ptr %2, align 8
  %56 = getelementptr inbounds nuw %struct.ctx, ptr %55, i32 0, i32 1
  %57 = load i64, ptr %56, align 8
  %58 = xor i64 %54, %57
  %59 = load ptr, ptr %2, align 8
  %60 = getelementptr inbounds nuw %struct.ctx, ptr %59, i32 0, i32 2
  %61 = load i64, ptr %60, align 8
  %62 = xor i64 %58, %61
  %63 = load ptr, ptr %2, align 8
  %64 = getelementptr inbounds nuw %struct.ctx, ptr %63, i32 0, i32 3
  %65 = load i64, ptr %64, align 8
  %66 = xor i64 %62, %65
  %67 = load ptr, ptr %2, align 8
  %68 = getelementptr inbounds nuw %struct.ctx, ptr %67, i32 0, i32 4
  %69 = load ptr, ptr %68, align 8
  %70 = load ptr, ptr %2, align 8
  %71 = getelementptr inbounds nuw %struct.ctx, ptr %70, i32 0, i32 5
  %72 = load i32, ptr %71, align 8
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %71, align 8
  %74 = and i32 %72, 63
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds i64, ptr %69, i64 %75
  store i64 %66, ptr %76, align 8
  %77 = load ptr, ptr %2, align 8
  %78 = getelementptr inbounds nuw %struct.ctx, ptr %77, i32 0, i32 0
  %79 = load i64, ptr %78, align 8
  %80 = mul nsw i64 %79, 3
  %81 = load ptr, ptr %2, align 8
  %82 = getelementptr inbounds nuw %struct.ctx, ptr %81, i32 0, i32 1
  %83 = load i64, ptr %82, align 8
  %84 = add nsw i64 %80, %83
  %85 = load ptr, ptr %2, align 8
  %86 = getelementptr inbounds nuw %struct.ctx, ptr %85, i32 0, i32 0
  store i64 %84, ptr %86, align 8
  %87 = load ptr, ptr %2, align 8
  %88 = getelementptr inbounds nuw %struct.ctx, ptr %87, i32 0, i32 1
  %89 = load i64, ptr %88, align 8
  %90 = load ptr, ptr %2, align 8
  %91 = getelementptr inbounds nuw %struct.ctx, ptr %90, i32 0, i32 2
  %92 = load i64, ptr %91, align 8
  %93 = shl i64 %92, 2
  %94 = xor i64 %89, %93
  %95 = load ptr, ptr %2, align 8
  %96 = getelementptr inbounds nuw %struct.ctx, ptr %95, i32 0, i32 1
  store i64 %94, ptr %96, align 8
  %97 = load ptr, ptr %2, align 8
  %98 = getelementptr inbounds nuw %struct.ctx, ptr %97, i32 0, i32 2
  %99 = load i64, ptr %98, align 8
  %100 = load ptr, ptr %2, align 8
  %101 = getelementptr inbounds nuw %struct.ctx, ptr %100, i32 0, i32 3
  %102 = load i64, ptr %101, align 8
  %103 = mul nsw i64 %102, 5
  %104 = add nsw i64 %99, %103
  %105 = load ptr, ptr %2, align 8
  %106 = getelementptr inbounds nuw %struct.ctx, ptr %105, i32 0, i32 2
  store i64 %104, ptr %106, align 8
  %107 = load ptr, ptr %2, align 8
  %108 = getelementptr inbounds nuw %struct.ctx, ptr %107, i32 0, i32 3
  %109 = load i64, ptr %108, align 8
  %110 = load ptr, ptr %2, align 8
  %111 = getelementptr inbounds nuw %struct.ctx, ptr %110, i32 0, i32 0
  %112 = load i64, ptr %111, align 8
  %113 = sub nsw i64 %109, %112
  %114 = load ptr, ptr %2, align 8
  %115 = getelementptr inbounds nuw %struct.ctx, ptr %114, i32 0, i32 3
  store i64 %113, ptr %115, align 8
  %116 = load ptr, ptr %2, align 8
  %117 = load ptr, ptr %2, align 8
  %118 = getelementptr inbounds nuw %struct.ctx, ptr %117, i32 0, i32 0
  %119 = load i64, ptr %118, align 8
  %120 = add nsw i64 %119, 14
  call void @note(ptr noundef %116, i64 noundef %120)
  %121 = load ptr, ptr %2, align 8
  %122 = load ptr, ptr %2, align 8
  %123 = getelementptr inbounds nuw %struct.ctx, ptr %122, i32 0, i32 1
  %124 = load i64, ptr %123, align 8
  %125 = sub nsw i64 %124, 14
  call void @note(ptr noundef %121, i64 noundef %125)
  %126 = load ptr, ptr %2, align 8
  %127 = getelementptr inbounds nuw %struct.ctx, ptr %126, i32 0, i32 0
  %128 = load i64, ptr %127, align 8
  %129 = load ptr, ptr %2, align 8
  %130 = getelementptr inbounds nuw %struct.ctx, ptr %129, i32 0, i32 1
  %131 = load i64, ptr %130, align 8
  %132 = xor i64 %128, %131
  %133 = load ptr, ptr %2, align 8
  %134 = getelementptr inbounds nuw %struct.ctx, ptr %133, i32 0, i32 2
  %135 = load i64, ptr %134, align 8
  %136 = xor i64 %132, %135
  %137 = load ptr, ptr %2, align 8
  %138 = getelementptr inbounds nuw %struct.ctx, ptr %137, i32 0, i32 3
  %139 = load i64, ptr %138, align 8
  %140 = xor i64 %136, %139
  %141 = load ptr, ptr %2, align 8
  %142 = getelementptr inbounds nuw %struct.ctx, ptr %141, i32 0, i32 4
  %143 = load ptr, ptr %142, align 8
  %144 = load ptr, ptr %2, align 8
  %145 = getelementptr inbounds nuw %struct.ctx, ptr %144, i32 0, i32 5
  %146 = load i32, ptr %145, align 8
  %147 = add nsw i32 %146, 1
  store i32 %147, ptr %145, align 8
  %148 = and i32 %146, 63
  %149 = sext i32 %148 to i64
  %150 = getelementptr inbounds i64, ptr %143, i64 %149
  store i64 %140, ptr %150, align 8
  %151 = load ptr, ptr %2, align 8
  %152 = getelementptr inbounds nuw %struct.ctx, ptr %151, i32 0, i32 0
  %153 = load i64, ptr %152, align 8
  %154 = mul nsw i64 %153, 3
  %155 = load ptr, ptr %2, align 8
  %156 = getelementptr inbounds nuw %struct.ctx, ptr %155, i32 0, i32 1
  %157 = load i64, ptr %156, align 8
  %158 = add nsw i64 %154, %157
  %159 = load ptr, ptr %2, align 8
  %160 = getelementptr inbounds nuw %struct.ctx, ptr %159, i32 0, i32 0
  store i64 %158, ptr %160, align 8
  %161 = load ptr, ptr %2, align 8
  %162 = getelementptr inbounds nuw %struct.ctx, ptr %161, i32 0, i32 1
  %163 = load i64, ptr %162, align 8
  %164 = load ptr, ptr %2, align 8
  %165 = getelementptr inbounds nuw %struct.ctx, ptr %164, i32 0, i32 2
  %166 = load i64, ptr %165, align 8
  %167 = shl i64 %166, 2
  %168 = xor i64 %163, %167
  %169 = load ptr, ptr %2, align 8
  %170 = getelementptr inbounds nuw %struct.ctx, ptr %169, i32 0, i32 1
  store i64 %168, ptr %170, align 8
  %171 = load ptr, ptr %2, align 8
  %172 = getelementptr inbounds nuw %struct.ctx, ptr %171, i32 0, i32 2
  %173 = load i64, ptr %172, align 8
  %174 = load ptr, ptr %2, align 8
  %175 = getelementptr inbounds nuw %struct.ctx, ptr %174, i32 0, i32 3
  %176 = load i64, ptr %175, align 8
  %177 = mul nsw i64 %176, 5
  %178 = add nsw i64 %173, %177
  %179 = load ptr, ptr %2, align 8
  %180 = getelementptr inbounds nuw %struct.ctx, ptr %179, i32 0, i32 2
  store i64 %178, ptr %180, align 8
  %181 = load ptr, ptr %2, align 8
  %182 = getelementptr inbounds nuw %struct.ctx, ptr %181, i32 0, i32 3
  %183 = load i64, ptr %182, align 8
  %184 = load ptr, ptr %2, align 8
  %185 = getelementptr inbounds nuw %struct.ctx, ptr %184, i32 0, i32 0
  %186 = load i64, ptr %185, align 8
  %187 = sub nsw i64 %183, %186
  %188 = load ptr, ptr %2, align 8
  %189 = getelementptr inbounds nuw %struct.ctx, ptr %188, i32 0, i32 3
  store i64 %187, ptr %189, align 8
  %190 = load ptr, ptr %2, align 8
  %191 = load ptr, ptr %2, align 8
  %192 = getelementptr inbounds nuw %struct.ctx, ptr %191, i32 0, i32 0
  %193 = load i64, ptr %192, align 8
  %194 = add nsw i64 %193, 24
  call void @note(ptr noundef %190, i64 noundef %194)
  %195 = load ptr, ptr %2, align 8
  %196 = load ptr, ptr %2, align 8
  %197 = getelementptr inbounds nuw %struct.ctx, ptr %196, i32 0, i32 1
  %198 = load i64, ptr %197, align 8
  %199 = sub nsw i64 %198, 24
  call void @note(ptr noundef %195, i64 noundef %199)
  %200 = load ptr, ptr %2, align 8
  %201 = getelementptr inbounds nuw %struct.ctx, ptr %200, i32 0, i32 0
  %202 = load i64, ptr %201, align 8
  %203 = load ptr, ptr %2, align 8
  %204 = getelementptr inbounds nuw %struct.ctx, ptr %203, i32 0, i32 1
  %205 = load i64, ptr %204, align 8
  %206 = xor i64 %202, %205
  %207 = load ptr, ptr %2, align 8
  %208 = getelementptr inbounds nuw %struct.ctx, ptr %207, i32 0, i32 2
  %209 = load i64, ptr %208, align 8
  %210 = xor i64 %206, %209
  %211 = load ptr, ptr %2, align 8
  %212 = getelementptr inbounds nuw %struct.ctx, ptr %211, i32 0, i32 3
  %213 = load i64, ptr %212, align 8
  %214 = xor i64 %210, %213
  %215 = load ptr, ptr %2, align 8
  %216 = getelementptr inbounds nuw %struct.ctx, ptr %215, i32 0, i32 4
  %217 = load ptr, ptr %216, align 8
  %218 = load ptr, ptr %2, align 8
  %219 = getelementptr inbounds nuw %struct.ctx, ptr %218, i32 0, i32 5
  %220 = load i32, ptr %219, align 8
  %221 = add nsw i32 %220, 1
  store i32 %221, ptr %219, align 8
  %222 = and i32 %220, 63
  %223 = sext i32 %222 to i64
  %224 = getelementptr inbounds i64, ptr %217, i64 %223
  store i64 %214, ptr %224, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local void @step5(ptr noundef %0) #0 {
  %2 = alloca ptr, align 8
  store ptr %0, ptr %2, align 8
  %3 = load ptr, ptr %2, align 8
  %4 = getelementptr inbounds nuw %struct.ctx, ptr %3, i32 0, i32 0
  %5 = load i64, ptr %4, align 8
  %6 = mul nsw i64 %5, 3
  %7 = load ptr, ptr %2, align 8
  %8 = getelementptr inbounds nuw %struct.ctx, ptr %7, i32 0, i32 1
  %9 = load i64, ptr %8, align 8
  %10 = add nsw i64 %6, %9
  %11 = load ptr, ptr %2, align 8
  %12 = getelementptr inbounds nuw %struct.ctx, ptr %11, i32 0, i32 0
  store i64 %10, ptr %12, align 8
  %13 = load ptr, ptr %2, align 8
  %14 = getelementptr inbounds nuw %struct.ctx, ptr %13, i32 0, i32 1
  %15 = load i64, ptr %14, align 8
  %16 = load ptr, ptr %2, align 8
  %17 = getelementptr inbounds nuw %struct.ctx, ptr %16, i32 0, i32 2
  %18 = load i64, ptr %17, align 8
  %19 = shl i64 %18, 2
  %20 = xor i64 %15, %19
  %21 = load ptr, ptr %2, align 8
  %22 = getelementptr inbounds nuw %struct.ctx, ptr %21, i32 0, i32 1
  store i64 %20, ptr %22, align 8
  %23 = load ptr, ptr %2, align 8
  %24 = getelementptr inbounds nuw %struct.ctx, ptr %23, i32 0, i32 2
  %25 = load i64, ptr %24, align 8
  %26 = load ptr, ptr %2, align 8
  %27 = getelementptr inbounds nuw %struct.ctx, ptr %26, i32 0, i32 3
  %28 = load i64, ptr %27, align 8
  %29 = mul nsw i64 %28, 5
  %30 = add nsw i64 %25, %29
  %31 = load ptr, ptr %2, align 8
  %32 = getelementptr inbounds nuw %struct.ctx, ptr %31, i32 0, i32 2
  store i64 %30, ptr %32, align 8
  %33 = load ptr, ptr %2, align 8
  %34 = getelementptr inbounds nuw %struct.ctx, ptr %33, i32 0, i32 3
  %35 = load i64, ptr %34, align 8
  %36 = load ptr, ptr %2, align 8
  %37 = getelementptr inbounds nuw %struct.ctx, ptr %36, i32 0, i32 0
  %38 = load i64, ptr %37, align 8
  %39 = sub nsw i64 %35, %38
  %40 = load ptr, ptr %2, align 8
  %41 = getelementptr inbounds nuw %struct.ctx, ptr %40, i32 0, i32 3
  store i64 %39, ptr %41, align 8
  %42 = load ptr, ptr %2, align 8
  %43 = load ptr, ptr %2, align 8
  %44 = getelementptr inbounds nuw %struct.ctx, ptr %43, i32 0, i32 0
  %45 = load i64, ptr %44, align 8
  %46 = add nsw i64 %45, 5
  call void @note(ptr noundef %42, i64 noundef %46)
  %47 = load ptr, ptr %2, align 8
  %48 = load ptr, ptr %2, align 8
  %49 = getelementptr inbounds nuw %struct.ctx, ptr %48, i32 0, i32 1
  %50 = load i64, ptr %49, align 8
  %51 = sub nsw i64 %50, 5
  call void @note(ptr noundef %47, i64 noundef %51)
  %52 = load ptr, ptr %2, align 8
  %53 = getelementptr inbounds nuw %struct.ctx, ptr %52, i32 0, i32 0
  %54 = load i64, ptr %53, align 8
  %55 = load ptr, ptr %2, align 8
  %56 = getelementptr inbounds nuw %struct.ctx, ptr %55, i32 0, i32 1
  %57 = load i64, ptr %56, align 8
  %58 = xor i64 %54, %57
  %59 = load ptr, ptr %2, align 8
  %60 = getelementptr inbounds nuw %struct.ctx, ptr %59, i32 0, i32 2
  %61 = load i64, ptr %60, align 8
  %62 = xor i64 %58, %61
  %63 = load ptr, ptr %2, align 8
  %64 = getelementptr inbounds nuw %struct.ctx, ptr %63, i32 0, i32 3
  %65 = load i64, ptr %64, align 8
  %66 = xor i64 %62, %65
  %67 = load ptr, ptr %2, align 8
  %68 = getelementptr inbounds nuw %struct.ctx, ptr %67, i32 0, i32 4
  %69 = load ptr, ptr %68, align 8
  %70 = load ptr, ptr %2, align 8
  %71 = getelementptr inbounds nuw %struct.ctx, ptr %70, i32 0, i32 5
  %72 = load i32, ptr %71, align 8
  %73 = add nsw i32 %72, 1
  store i32 %73, ptr %71, align 8
  %74 = and i32 %72, 63
  %75 = sext i32 %74 to i64
  %76 = getelementptr inbounds i64, ptr %69, i64 %75
  store i64 %66, ptr %76, align 8
  ret void
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @step6(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8
  %7 = getelementptr inbounds nuw %struct.ctx, ptr %6, i32 0, i32 0
  %8 = load i64, ptr %7, align 8
  %9 = add nsw i64 %8, %5
  store i64 %9, ptr %7, align 8
  %10 = load ptr, ptr %3, align 8
  %11 = getelementptr inbounds nuw %struct.ctx, ptr %10, i32 0, i32 0
  %12 = load i64, ptr %11, align 8
  %13 = mul nsw i64 %12, 3
  %14 = load ptr, ptr %3, align 8
  %15 = getelementptr inbounds nuw %struct.ctx, ptr %14, i32 0, i32 1
  %16 = load i64, ptr %15, align 8
  %17 = add nsw i64 %13, %16
  %18 = load ptr, ptr %3, align 8
  %19 = getelementptr inbounds nuw %struct.ctx, ptr %18, i32 0, i32 0
  store i64 %17, ptr %19, align 8
  %20 = load ptr, ptr %3, align 8
  %21 = getelementptr inbounds nuw %struct.ctx, ptr %20, i32 0, i32 1
  %22 = load i64, ptr %21, align 8
  %23 = load ptr, ptr %3, align 8
  %24 = getelementptr inbounds nuw %struct.ctx, ptr %23, i32 0, i32 2
  %25 = load i64, ptr %24, align 8
  %26 = shl i64 %25, 2
  %27 = xor i64 %22, %26
  %28 = load ptr, ptr %3, align 8
  %29 = getelementptr inbounds nuw %struct.ctx, ptr %28, i32 0, i32 1
  store i64 %27, ptr %29, align 8
  %30 = load ptr, ptr %3, align 8
  %31 = getelementptr inbounds nuw %struct.ctx, ptr %30, i32 0, i32 2
  %32 = load i64, ptr %31, align 8
  %33 = load ptr, ptr %3, align 8
  %34 = getelementptr inbounds nuw %struct.ctx, ptr %33, i32 0, i32 3
  %35 = load i64, ptr %34, align 8
  %36 = mul nsw i64 %35, 5
  %37 = add nsw i64 %32, %36
  %38 = load ptr, ptr %3, align 8
  %39 = getelementptr inbounds nuw %struct.ctx, ptr %38, i32 0, i32 2
  store i64 %37, ptr %39, align 8
  %40 = load ptr, ptr %3, align 8
  %41 = getelementptr inbounds nuw %struct.ctx, ptr %40, i32 0, i32 3
  %42 = load i64, ptr %41, align 8
  %43 = load ptr, ptr %3, align 8
  %44 = getelementptr inbounds nuw %struct.ctx, ptr %43, i32 0, i32 0
  %45 = load i64, ptr %44, align 8
  %46 = sub nsw i64 %42, %45
  %47 = load ptr, ptr %3, align 8
  %48 = getelementptr inbounds nuw %struct.ctx, ptr %47, i32 0, i32 3
  store i64 %46, ptr %48, align 8
  %49 = load ptr, ptr %3, align 8
  %50 = load ptr, ptr %3, align 8
  %51 = getelementptr inbounds nuw %struct.ctx, ptr %50, i32 0, i32 0
  %52 = load i64, ptr %51, align 8
  %53 = add nsw i64 %52, 6
  call void @note(ptr noundef %49, i64 noundef %53)
  %54 = load ptr, ptr %3, align 8
  %55 = load ptr, ptr %3, align 8
  %56 = getelementptr inbounds nuw %struct.ctx, ptr %55, i32 0, i32 1
  %57 = load i64, ptr %56, align 8
  %58 = sub nsw i64 %57, 6
  call void @note(ptr noundef %54, i64 noundef %58)
  %59 = load ptr, ptr %3, align 8
  %60 = getelementptr inbounds nuw %struct.ctx, ptr %59, i32 0, i32 0
  %61 = load i64, ptr %60, align 8
  %62 = load ptr, ptr %3, align 8
  %63 = getelementptr inbounds nuw %struct.ctx, ptr %62, i32 0, i32 1
  %64 = load i64, ptr %63, align 8
  %65 = xor i64 %61, %64
  %66 = load ptr, ptr %3, align 8
  %67 = getelementptr inbounds nuw %struct.ctx, ptr %66, i32 0, i32 2
  %68 = load i64, ptr %67, align 8
  %69 = xor i64 %65, %68
  %70 = load ptr, ptr %3, align 8
  %71 = getelementptr inbounds nuw %struct.ctx, ptr %70, i32 0, i32 3
  %72 = load i64, ptr %71, align 8
  %73 = xor i64 %69, %72
  %74 = load ptr, ptr %3, align 8
  %75 = getelementptr inbounds nuw %struct.ctx, ptr %74, i32 0, i32 4
  %76 = load ptr, ptr %75, align 8
  %77 = load ptr, ptr %3, align 8
  %78 = getelementptr inbounds nuw %struct.ctx, ptr %77, i32 0, i32 5
  %79 = load i32, ptr %78, align 8
  %80 = add nsw i32 %79, 1
  store i32 %80, ptr %78, align 8
  %81 = and i32 %79, 63
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds i64, ptr %76, i64 %82
  store i64 %73, ptr %83, align 8
  %84 = load ptr, ptr %3, align 8
  %85 = getelementptr inbounds nuw %struct.ctx, ptr %84, i32 0, i32 0
  %86 = load i64, ptr %85, align 8
  ret i64 %86
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @step7(ptr noundef %0, i64 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i64, align 8
  store ptr %0, ptr %3, align 8
  store i64 %1, ptr %4, align 8
  %5 = load i64, ptr %4, align 8
  %6 = load ptr, ptr %3, align 8
  %7 = getelementptr inbounds nuw %struct.ctx, ptr %6, i32 0, i32 1
  %8 = load i64, ptr %7, align 8
  %9 = add nsw i64 %8, %5
  store i64 %9, ptr %7, align 8
  %10 = load ptr, ptr %3, align 8
  %11 = getelementptr inbounds nuw %struct.ctx, ptr %10, i32 0, i32 0
  %12 = load i64, ptr %11, align 8
  %13 = mul nsw i64 %12, 3
  %14 = load ptr, ptr %3, align 8
  %15 = getelementptr inbounds nuw %struct.ctx, ptr %14, i32 0, i32 1
  %16 = load i64, ptr %15, align 8
  %17 = add nsw i64 %13, %16
  %18 = load ptr, ptr %3, align 8
  %19 = getelementptr inbounds nuw %struct.ctx, ptr %18, i32 0, i32 0
  store i64 %17, ptr %19, align 8
  %20 = load ptr, ptr %3, align 8
  %21 = getelementptr inbounds nuw %struct.ctx, ptr %20, i32 0, i32 1
  %22 = load i64, ptr %21, align 8
  %23 = load ptr, ptr %3, align 8
  %24 = getelementptr inbounds nuw %struct.ctx, ptr %23, i32 0, i32 2
  %25 = load i64, ptr %24, align 8
  %26 = shl i64 %25, 2
  %27 = xor i64 %22, %26
  %28 = load ptr, ptr %3, align 8
  %29 = getelementptr inbounds nuw %struct.ctx, ptr %28, i32 0, i32 1
  store i64 %27, ptr %29, align 8
  %30 = load ptr, ptr %3, align 8
  %31 = getelementptr inbounds nuw %struct.ctx, ptr %30, i32 0, i32 2
  %32 = load i64, ptr %31, align 8
  %33 = load ptr, ptr %3, align 8
  %34 = getelementptr inbounds nuw %struct.ctx, ptr %33, i32 0, i32 3
  %35 = load i64, ptr %34, align 8
  %36 = mul nsw i64 %35, 5
  %37 = add nsw i64 %32, %36
  %38 = load ptr, ptr %3, align 8
  %39 = getelementptr inbounds nuw %struct.ctx, ptr %38, i32 0, i32 2
  store i64 %37, ptr %39, align 8
  %40 = load ptr, ptr %3, align 8
  %41 = getelementptr inbounds nuw %struct.ctx, ptr %40, i32 0, i32 3
  %42 = load i64, ptr %41, align 8
  %43 = load ptr, ptr %3, align 8
  %44 = getelementptr inbounds nuw %struct.ctx, ptr %43, i32 0, i32 0
  %45 = load i64, ptr %44, align 8
  %46 = sub nsw i64 %42, %45
  %47 = load ptr, ptr %3, align 8
  %48 = getelementptr inbounds nuw %struct.ctx, ptr %47, i32 0, i32 3
  store i64 %46, ptr %48, align 8
  %49 = load ptr, ptr %3, align 8
  %50 = load ptr, ptr %3, align 8
  %51 = getelementptr inbounds nuw %struct.ctx, ptr %50, i32 0, i32 0
  %52 = load i64, ptr %51, align 8
  %53 = add nsw i64 %52, 7
  call void @note(ptr noundef %49, i64 noundef %53)
  %54 = load ptr, ptr %3, align 8
  %55 = load ptr, ptr %3, align 8
  %56 = getelementptr inbounds nuw %struct.ctx, ptr %55, i32 0, i32 1
  %57 = load i64, ptr %56, align 8
  %58 = sub nsw i64 %57, 7
  call void @note(ptr noundef %54, i64 noundef %58)
  %59 = load ptr, ptr %3, align 8
  %60 = getelementptr inbounds nuw %struct.ctx, ptr %59, i32 0, i32 0
  %61 = load i64, ptr %60, align 8
  %62 = load ptr, ptr %3, align 8
  %63 = getelementptr inbounds nuw %struct.ctx, ptr %62, i32 0, i32 1
  %64 = load i64, ptr %63, align 8
  %65 = xor i64 %61, %64
  %66 = load ptr, ptr %3, align 8
  %67 = getelementptr inbounds nuw %struct.ctx, ptr %66, i32 0, i32 2
  %68 = load i64, ptr %67, align 8
  %69 = xor i64 %65, %68
  %70 = load ptr, ptr %3, align 8
  %71 = getelementptr inbounds nuw %struct.ctx, ptr %70, i32 0, i32 3
  %72 = load i64, ptr %71, align 8
  %73 = xor i64 %69, %72
  %74 = load ptr, ptr %3, align 8
  %75 = getelementptr inbounds nuw %struct.ctx, ptr %74, i32 0, i32 4
  %76 = load ptr, ptr %75, align 8
  %77 = load ptr, ptr %3, align 8
  %78 = getelementptr inbounds nuw %struct.ctx, ptr %77, i32 0, i32 5
  %79 = load i32, ptr %78, align 8
  %80 = add nsw i32 %79, 1
  store i32 %80, ptr %78, align 8
  %81 = and i32 %79, 63
  %82 = sext i32 %81 to i64
  %83 = getelementptr inbounds i64, ptr %76, i64 %82
  store i64 %73, ptr %83, align 8
  %84 = load ptr, ptr %3, align 8
  %85 = getelementptr inbounds nuw %struct.ctx, ptr %84, i32 0, i32 1
  %86 = load i64, ptr %85, align 8
  ret i64 %86
}

; Function Attrs: noinline nounwind optnone uwtable
define dso_local i64 @run_steps(ptr noundef %0, i32 noundef %1) #0 {
  %3 = alloca ptr, align 8
  %4 = alloca i32, align 4
  %5 = alloca i64, align 8
  %6 = alloca i32, align 4
  store ptr %0, ptr %3, align 8
  store i32 %1, ptr %4, align 4
  store i64 0, ptr %5, align 8
  store i32 0, ptr %6, align 4
  br label %7

7:                                                ; preds = %28, %2
  %8 = load i32, ptr %6, align 4
  %9 = load i32, ptr %4, align 4
  %10 = icmp slt i32 %8, %9
  br i1 %10, label %11, label %31

11:                                               ; preds = %7
  %12 = load ptr, ptr %3, align 8
  call void @step0(ptr noundef %12)
  %13 = load ptr, ptr %3, align 8
  call void @step1(ptr noundef %13)
  %14 = load ptr, ptr %3, align 8
  call void @step2(ptr noundef %14)
  %15 = load ptr, ptr %3, align 8
  call void @step3(ptr noundef %15)
  %16 = load ptr, ptr %3, align 8
  call void @step4(ptr noundef %16)
  %17 = load ptr, ptr %3, align 8
  call void @step5(ptr noundef %17)
  %18 = load ptr, ptr %3, align 8
  %19 = load i32, ptr %6, align 4
  %20 = sext i32 %19 to i64
  %21 = call i64 @step6(ptr noundef %18, i64 noundef %20)
  %22 = load ptr, ptr %3, align 8
  %23 = load i64, ptr %5, align 8
  %24 = call i64 @step7(ptr noundef %22, i64 noundef %23)
  %25 = add nsw i64 %21, %24
  %26 = load i64, ptr %5, align 8
  %27 = add nsw i64 %26, %25
  store i64 %27, ptr %5, align 8
  br label %28

28:                                               ; preds = %11
  %29 = load i32, ptr %6, align 4
  %30 = add nsw i32 %29, 1
  store i32 %30, ptr %6, align 4
  br label %7, !llvm.loop !6

31:                                               ; preds = %7
  %32 = load i64, ptr %5, align 8
  ret i64 %32
}

attributes #0 = { noinline nounwind optnone uwtable "frame-pointer"="all" "min-legal-vector-width"="0" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "frame-pointer"="all" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }

!llvm.module.flags = !{!0, !1, !2, !3, !4}
!llvm.ident = !{!5}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{i32 8, !"PIC Level", i32 2}
!2 = !{i32 7, !"PIE Level", i32 2}
!3 = !{i32 7, !"uwtable", i32 2}
!4 = !{i32 7, !"frame-pointer", i32 2}
!5 = !{!"Debian clang version 22.1.8 (1~deb12u1)"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.mustprogress"}
